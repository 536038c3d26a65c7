import fc from "fast-check";
import JSZip from "jszip";
import { emptySheetPlan } from "../../src/core/workbook/plan";
import { applyPlanToXlsx, loadXlsx, newXlsxWorkbook, readSnapshotFromXlsx, saveXlsx } from "../../src/xlsx";
import type { XlsxReadFailureReason } from "../../src/xlsx";
import { encryptedWorkbook, legacyWorkbook } from "./compound-file";

async function goodWorkbook(): Promise<Uint8Array> {
  const workbook = newXlsxWorkbook();
  const rows = Array.from({ length: 200 }, (_, i) => [`指標${i}`, i, { formula: `=B${i + 1}*2` }]);
  applyPlanToXlsx(workbook, {
    sheets: [
      {
        ...emptySheetPlan("部", "create"),
        blocks: [{ anchor: { row: 0, column: 0 }, rows }],
        properties: { tassei: "x" },
      },
    ],
  });
  return saveXlsx(workbook);
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array" });
}

const RELS = (target: string) =>
  `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

async function reasonOf(bytes: Uint8Array | ArrayBuffer): Promise<XlsxReadFailureReason | "ok"> {
  const result = await readSnapshotFromXlsx(bytes, { sheets: "all" });
  return result.ok ? "ok" : result.failure.reason;
}

describe("files that are not readable workbooks give a typed failure, never a throw", () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await goodWorkbook();
  });

  it("an empty file", async () => {
    const result = await readSnapshotFromXlsx(new Uint8Array(0), { sheets: "all" });
    expect(result).toEqual({
      ok: false,
      failure: {
        reason: "empty",
        message: { ja: "ファイルが空です（0 バイト）。", en: "The file is empty (0 bytes)." },
      },
    });
  });

  it("a password-protected workbook (an encrypted package in a compound file)", async () => {
    const result = await readSnapshotFromXlsx(encryptedWorkbook(), { sheets: "all" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.reason).toBe("encrypted");
    expect(result.failure.message.ja).toContain("パスワード");
    expect(result.failure.message.en).toContain("password");
  });

  it("an Excel 97–2003 .xls", async () => {
    expect(await reasonOf(legacyWorkbook())).toBe("legacy");
  });

  it("a CSV, a PDF or any other non-zip file", async () => {
    expect(await reasonOf(new TextEncoder().encode("指標,目標値\n窓口,90\n"))).toBe("not-zip");
    expect(await reasonOf(new TextEncoder().encode("%PDF-1.7\n"))).toBe("not-zip");
    expect(await reasonOf(new Uint8Array([0x50]))).toBe("not-zip");
  });

  it("a truncated workbook", async () => {
    expect(await reasonOf(good.slice(0, Math.floor(good.length / 2)))).toBe("corrupt");
    expect(await reasonOf(good.slice(0, 30))).toBe("corrupt");
  });

  it("a zip that is not a workbook: a Word document, an .xlsb, an empty archive", async () => {
    expect(
      await reasonOf(await zipOf({ "_rels/.rels": RELS("word/document.xml"), "word/document.xml": "<w:document/>" })),
    ).toBe("not-workbook");
    expect(await reasonOf(await zipOf({ "_rels/.rels": RELS("xl/workbook.bin"), "xl/workbook.bin": "binary" }))).toBe(
      "not-workbook",
    );
    expect(await reasonOf(await zipOf({}))).toBe("not-workbook");
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const copy = good.slice().buffer;
    expect(await reasonOf(copy)).toBe("ok");
  });

  it("the same failures come from loadXlsx, which the update path uses", async () => {
    const reasons = [];
    for (const bytes of [new Uint8Array(0), encryptedWorkbook(), legacyWorkbook(), good.slice(0, 100)]) {
      const loaded = await loadXlsx(bytes);
      reasons.push(loaded.ok ? "ok" : loaded.failure.reason);
    }
    expect(reasons).toEqual(["empty", "encrypted", "legacy", "corrupt"]);
  });

  it("any truncation or damaged byte ends in a snapshot or a typed failure", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: good.length - 1 }),
        fc.integer({ min: 0, max: good.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        fc.boolean(),
        async (cut, at, xor, truncate) => {
          const bytes = truncate ? good.slice(0, cut) : good.slice();
          if (!truncate) bytes[at] = (bytes[at] ?? 0) ^ xor;
          const read = await readSnapshotFromXlsx(bytes, { sheets: "all" });
          if (!read.ok)
            expect(["empty", "not-zip", "corrupt", "not-workbook", "too-large"]).toContain(read.failure.reason);
          const loaded = await loadXlsx(bytes);
          if (!loaded.ok) expect(loaded.failure.message.ja.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);
});
