/** Office.js proxy semantics: queued operations, load + sync, null objects, client results, batch errors. */
import { freshExcel, rejectionOf } from "../fixture";

describe("queued operations run at context.sync()", () => {
  it("reading a property before load and sync throws PropertyNotLoaded", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
        // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
        return range.values;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
    expect(error.message).toContain("The property 'values' is not available");
    expect(error.debugInfo?.errorLocation).toBe("Range.values");
  });

  it("reading after load but before sync still throws", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
        range.load("values");
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load -- too early on purpose
        const values = range.values;
        await context.sync();
        return values;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
  });

  it("a write is not visible in the workbook until the sync", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[42]];
      expect(excel.workbook.value("Sheet1", "A1")).toBe("");
      await context.sync();
      expect(excel.workbook.value("Sheet1", "A1")).toBe(42);
    });
  });

  it("a written property reads back the written value locally, before any sync (as Office.js echoes it)", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [["=1+1"]];
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      expect(range.values).toEqual([["=1+1"]]);
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[2]]);
    });
  });

  it("writes queued before a sync are applied in the order they were made", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [["first"]];
      sheet.getRange("A1:B1").values = [["second", "x"]];
      sheet.getRange("B1").values = [["third"]];
      await context.sync();
    });
    expect(excel.workbook.value("Sheet1", "A1")).toBe("second");
    expect(excel.workbook.value("Sheet1", "B1")).toBe("third");
  });

  it("a load queued between two writes sees the first write only", async () => {
    const excel = freshExcel();
    const seen = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[1]];
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-after-load -- the write after the load is the point
      range.values = [[2]];
      await context.sync();
      return range.values;
    });
    expect(seen).toEqual([[1]]);
    expect(excel.workbook.value("Sheet1", "A1")).toBe(2);
  });
});

describe("load options", () => {
  it("accepts a comma-separated string, an array, and { select }", async () => {
    const excel = freshExcel();
    excel.workbook.setCell("Sheet1", "A1", { value: 7 });
    const loaded = await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const a = sheet.getRange("A1").load("values, address");
      const b = sheet.getRange("A1").load(["rowIndex", "columnCount"]);
      const c = sheet.getRange("A1").load({ select: "text" });
      await context.sync();
      return [a.values, a.address, b.rowIndex, b.columnCount, c.text];
    });
    expect(loaded).toEqual([[[7]], "Sheet1!A1", 0, 1, [["7"]]]);
  });

  /* eslint-disable office-addins/no-navigational-load, office-addins/load-object-before-read -- the lint rules do not read { select, expand } */
  it("{ select, expand } loads scalars and whole navigation objects", async () => {
    const excel = freshExcel();
    const result = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      range.load({ select: "address", expand: "format/font" });
      await context.sync();
      return [range.address, range.format.font.name, range.format.font.size];
    });
    expect(result).toEqual(["Sheet1!B2", "游ゴシック", 11]);
  });

  it("a property map ({ address: true, format: { font: { bold: true } } }) loads those properties", async () => {
    const excel = freshExcel();
    const result = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("C3");
      range.load({ address: true, format: { font: { bold: true } } });
      await context.sync();
      return [range.address, range.format.font.bold];
    });
    expect(result).toEqual(["Sheet1!C3", false]);
  });
  /* eslint-enable office-addins/no-navigational-load, office-addins/load-object-before-read */

  it("loads navigation properties by path and items of a collection with items/name", async () => {
    const excel = freshExcel();
    excel.workbook.addSheet("部");
    const result = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.load("format/font/bold, format/columnWidth");
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return { bold: range.format.font.bold, width: range.format.columnWidth, names: sheets.items.map((s) => s.name) };
    });
    expect(result).toEqual({ bold: false, width: 54, names: ["Sheet1", "部"] });
  });

  it("a property-name load on a collection loads that property of its items", async () => {
    const excel = freshExcel();
    const names = await excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual(["Sheet1"]);
  });

  it("items of a collection are not available before a load", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        const sheets = context.workbook.worksheets;
        await context.sync();

        return sheets.items.length;
      }),
    );
    expect(error.code).toBe("PropertyNotLoaded");
  });

  it("toJSON returns what was loaded", async () => {
    const excel = freshExcel();
    excel.workbook.setCell("Sheet1", "B2", { value: "x" });
    const json = await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      range.load("address, values");
      await context.sync();
      return range.toJSON();
    });
    expect(json).toEqual({ address: "Sheet1!B2", values: [["x"]] });
  });

  it("set() applies nested properties in one call", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.set({ values: [["a", "b"]], format: { font: { bold: true }, fill: { color: "#FFFF00" } } });
      await context.sync();
    });
    expect(excel.workbook.value("Sheet1", "B1")).toBe("b");
    expect(excel.workbook.format("Sheet1", "A1").bold).toBe(true);
    expect(excel.workbook.format("Sheet1", "B1").fillColor).toBe("#FFFF00");
  });
});

describe("*OrNullObject and ClientResult", () => {
  it("isNullObject is true for a missing item after the sync, and throws before it", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("無い");
      const present = context.workbook.worksheets.getItemOrNullObject("Sheet1");
      // eslint-disable-next-line office-addins/call-sync-before-read -- reading too early is the point
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("properties of a null object read as undefined once loaded", async () => {
    const excel = freshExcel();
    const name = await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("無い");
      missing.load("name");
      await context.sync();
      return missing.isNullObject ? missing.name : "present";
    });
    expect(name).toBeUndefined();
  });

  it("getItem of a missing sheet fails at the sync with ItemNotFound", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("無い");
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
    expect(error.debugInfo?.errorLocation).toBe("WorksheetCollection.getItem");
  });

  it("a ClientResult's value is readable only after the sync", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      const count = context.workbook.worksheets.getCount();
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read -- too early on purpose
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      // eslint-disable-next-line office-addins/load-object-before-read -- a ClientResult's value needs no load
      expect(count.value).toBe(1);
    });
  });
});

describe("a failing batch", () => {
  it("stops at the first failing operation; earlier operations stay applied, later ones do not run", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["before"]];
        sheet.getRange("A2:B2").values = [["only one"]];
        sheet.getRange("A3").values = [["after"]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
    expect(error.debugInfo?.errorLocation).toBe("Range.values");
    expect(error.debugInfo?.statement).toContain("range.values =");
    expect(excel.workbook.value("Sheet1", "A1")).toBe("before");
    expect(excel.workbook.value("Sheet1", "A3")).toBe("");
  });

  it("errors carry the Office.js shape: name, code, message, debugInfo, toString", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("無い").activate();
        await context.sync();
      }),
    );
    expect(error).toMatchObject({
      name: "RichApi.Error",
      code: "ItemNotFound",
      message: "The requested resource doesn't exist.",
      debugInfo: { code: "ItemNotFound", message: "The requested resource doesn't exist." },
    });
    expect(String(error)).toBe("ItemNotFound: The requested resource doesn't exist.");
  });

  it("a batch function that does not return a promise is refused like Excel.run refuses it", async () => {
    const excel = freshExcel();
    const notAsync = (() => undefined) as unknown as (context: Excel.RequestContext) => Promise<void>;
    const error = await rejectionOf(excel.run(notAsync));
    expect(error.code).toBe("RunMustReturnPromise");
  });

  it("objects cannot be used after their Excel.run ended", async () => {
    const excel = freshExcel();
    let leaked: Excel.Range | undefined;
    await excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    const range = leaked as Excel.Range;
    range.values = [[1]];
    const error = await rejectionOf(range.context.sync());
    expect(error.code).toBe("InvalidObjectPath");
  });
});
