/** Worksheets: the collection, names, activation, position, visibility, deletion, protection and sheet settings. */
import { freshExcel, rejectionOf } from "../fixture";

describe("the worksheet collection", () => {
  it("lists items in order with name, id, position and visibility", async () => {
    const excel = freshExcel({ sheets: ["総括", "政策推進部"] });
    const sheets = await excel.run(async (context) => {
      const all = context.workbook.worksheets.load("items/name, items/id, items/position, items/visibility");
      await context.sync();
      return all.items.map((s) => [s.name, s.position, s.visibility, /^\{.+\}$/.test(s.id)]);
    });
    expect(sheets).toEqual([
      ["総括", 0, "Visible", true],
      ["政策推進部", 1, "Visible", true],
    ]);
  });

  it("getItem finds a sheet by name case-insensitively, or by id", async () => {
    const excel = freshExcel({ sheets: ["Data"] });
    const id = excel.workbook.sheet("Data").id;
    const names = await excel.run(async (context) => {
      const byName = context.workbook.worksheets.getItem("DATA").load("name");
      const byId = context.workbook.worksheets.getItem(id).load("name");
      await context.sync();
      return [byName.name, byId.name];
    });
    expect(names).toEqual(["Data", "Data"]);
  });

  it("add(name) appends a sheet; add() names it Sheet<n>", async () => {
    const excel = freshExcel();
    const names = await excel.run(async (context) => {
      context.workbook.worksheets.add("部長マニフェスト");
      context.workbook.worksheets.add();
      const all = context.workbook.worksheets.load("items/name");
      await context.sync();
      return all.items.map((s) => s.name);
    });
    expect(names).toEqual(["Sheet1", "部長マニフェスト", "Sheet3"]);
  });

  it.each([
    ["a name over 31 characters", "あ".repeat(32), "InvalidArgument"],
    ["a forbidden character", "R7/集計", "InvalidArgument"],
    ["square brackets", "[集計]", "InvalidArgument"],
    ["an empty name", "", "InvalidArgument"],
    ["a leading apostrophe", "'集計", "InvalidArgument"],
    ["a name taken, ignoring case", "sheet1", "ItemAlreadyExists"],
  ])("add refuses %s", async (_label, name, code) => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    );
    expect(error.code).toBe(code);
  });

  it("a 31-character Japanese name is accepted", async () => {
    const excel = freshExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.add("あ".repeat(31));
      await context.sync();
    });
    expect(excel.workbook.findSheet("あ".repeat(31))).toBeDefined();
  });
});

describe("active sheet, renaming, moving, hiding, deleting", () => {
  it("getActiveWorksheet and activate()", async () => {
    const excel = freshExcel({ sheets: ["A", "B"] });
    const names = await excel.run(async (context) => {
      const before = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      context.workbook.worksheets.getItem("B").activate();
      const after = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return [before.name, after.name];
    });
    expect(names).toEqual(["A", "B"]);
  });

  it("renaming a sheet rewrites the formulas that refer to it", async () => {
    const excel = freshExcel({ sheets: [] });
    excel.workbook.addSheet("部", [[5]]);
    excel.workbook.addSheet("集計", [["=部!A1*2"]]);
    const formula = await excel.run(async (context) => {
      context.workbook.worksheets.getItem("部").name = "政策推進部";
      const cell = context.workbook.worksheets.getItem("集計").getRange("A1").load("formulas, values");
      await context.sync();
      return [cell.formulas[0]?.[0], cell.values[0]?.[0]];
    });
    expect(formula).toEqual(["=政策推進部!A1*2", 10]);
  });

  it("deleting a sheet turns references to it into #REF!", async () => {
    const excel = freshExcel({ sheets: [] });
    excel.workbook.addSheet("部", [[5]]);
    excel.workbook.addSheet("集計", [["=部!A1*2"]]);
    const cell = await excel.run(async (context) => {
      context.workbook.worksheets.getItem("部").delete();
      const range = context.workbook.worksheets.getItem("集計").getRange("A1").load("formulas, values");
      await context.sync();
      return [range.formulas[0]?.[0], range.values[0]?.[0]];
    });
    expect(cell).toEqual(["=#REF!*2", "#REF!"]);
  });

  it("position moves a sheet; visibility hides it; the last visible sheet cannot be hidden or deleted", async () => {
    const excel = freshExcel({ sheets: ["A", "B", "C"] });
    const order = await excel.run(async (context) => {
      context.workbook.worksheets.getItem("C").position = 0;
      context.workbook.worksheets.getItem("A").visibility = "Hidden";
      const all = context.workbook.worksheets.load("items/name, items/visibility");
      await context.sync();
      return all.items.map((s) => `${s.name}:${s.visibility}`);
    });
    expect(order).toEqual(["C:Visible", "A:Hidden", "B:Visible"]);
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("B").delete();
        context.workbook.worksheets.getItem("C").delete();
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidOperation");
  });

  it("a deleted sheet's proxy fails at the next sync", async () => {
    const excel = freshExcel({ sheets: ["A", "B"] });
    const error = await rejectionOf(
      excel.run(async (context) => {
        const b = context.workbook.worksheets.getItem("B");
        b.delete();
        await context.sync();
        b.getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("protection", () => {
  it("sheet protection: protected, protect() twice fails, unprotect with the password", async () => {
    const excel = freshExcel();
    const state = await excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Sheet1").protection;
      protection.protect({ allowFormatColumns: true }, "secret");
      protection.load("protected, options, isPasswordProtected");
      await context.sync();
      return [protection.protected, protection.options.allowFormatColumns, protection.isPasswordProtected];
    });
    expect(state).toEqual([true, true, true]);
    const twice = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").protection.protect();
        await context.sync();
      }),
    );
    expect(twice.code).toBe("AccessDenied");
    const wrong = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").protection.unprotect("guess");
        await context.sync();
      }),
    );
    expect(wrong.code).toBe("InvalidArgument");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").protection.unprotect("secret");
      await context.sync();
    });
    expect(excel.workbook.sheet("Sheet1").protection.protected).toBe(false);
  });

  it("workbook structure protection: adding a sheet fails with AccessDenied", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.protection.protect();
        await context.sync();
        context.workbook.worksheets.add("新しい部");
        await context.sync();
      }),
    );
    expect(error.code).toBe("AccessDenied");
    const isProtected = await excel.run(async (context) => {
      const protection = context.workbook.protection.load("protected");
      await context.sync();
      return protection.protected;
    });
    expect(isProtected).toBe(true);
  });
});

describe("custom properties, freeze panes and page layout", () => {
  it("custom properties: add, overwrite case-insensitively, getItem, getItemOrNullObject, items", async () => {
    const excel = freshExcel();
    const result = await excel.run(async (context) => {
      const props = context.workbook.worksheets.getItem("Sheet1").customProperties;
      props.add("tassei.layout", "goal-sheet");
      props.add("Tassei.Layout", "kpi-table");
      const item = props.getItem("TASSEI.LAYOUT").load("key, value");
      const missing = props.getItemOrNullObject("none");
      props.load("items/key, items/value");
      await context.sync();
      return {
        item: [item.key, item.value],
        missing: missing.isNullObject,
        items: props.items.map((p) => [p.key, p.value]),
      };
    });
    expect(result).toEqual({
      item: ["tassei.layout", "kpi-table"],
      missing: true,
      items: [["tassei.layout", "kpi-table"]],
    });
  });

  it("a custom property key over 255 characters is InvalidArgument", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").customProperties.add("k".repeat(256), "v");
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });

  it("freeze panes: freezeRows, freezeAt, getLocationOrNullObject, unfreeze", async () => {
    const excel = freshExcel();
    const locations = await excel.run(async (context) => {
      const panes = context.workbook.worksheets.getItem("Sheet1").freezePanes;
      panes.freezeRows(2);
      const rows = panes.getLocationOrNullObject().load("address");
      await context.sync();
      panes.freezeAt("B3");
      const both = panes.getLocationOrNullObject().load("address");
      await context.sync();
      panes.unfreeze();
      const none = panes.getLocationOrNullObject();
      await context.sync();
      return [rows.address, both.address, none.isNullObject];
    });
    expect(locations).toEqual(["Sheet1!1:2", "Sheet1!A1:B3", true]);
  });

  it("page layout: orientation, paper size, fit to one page wide, print title rows", async () => {
    const excel = freshExcel();
    const layout = await excel.run(async (context) => {
      const page = context.workbook.worksheets.getItem("Sheet1").pageLayout;
      page.orientation = "Landscape";
      page.paperSize = "A3";
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      page.setPrintTitleRows("$1:$3");
      const titles = page.getPrintTitleRowsOrNullObject().load("address");
      page.load("orientation, paperSize, zoom");
      await context.sync();
      return [page.orientation, page.paperSize, page.zoom, titles.address];
    });
    expect(layout).toEqual(["Landscape", "A3", { horizontalFitToPages: 1, verticalFitToPages: 0 }, "Sheet1!1:3"]);
  });

  it("a zoom scale outside 10–400 is InvalidArgument", async () => {
    const excel = freshExcel();
    const error = await rejectionOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = { scale: 500 };
        await context.sync();
      }),
    );
    expect(error.code).toBe("InvalidArgument");
  });
});
