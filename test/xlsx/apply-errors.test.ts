import type ExcelJS from "exceljs";
import { MAX_ROWS } from "@tassei/excel-rules";
import { emptySheetPlan, type SheetPlan, type WorkbookPlan } from "../../src/core/workbook/plan";
import { MAX_CELL_TEXT_LENGTH } from "../../src/core/workbook/text";
import { applyPlanToXlsx, newXlsxWorkbook, saveXlsx } from "../../src/xlsx";
import type { XlsxApplyErrorCode } from "../../src/xlsx";
import { LONGEST_TEXT } from "../support/hostile";
import { DEPARTMENT, departmentPlan } from "./helpers";

function errorOf(workbook: ExcelJS.Workbook, plan: WorkbookPlan) {
  const report = applyPlanToXlsx(workbook, plan);
  if (report.ok) throw new Error("the plan was applied");
  return report.error;
}

function sheet(name: string, extra: Partial<SheetPlan> = {}, mode: SheetPlan["mode"] = "create"): SheetPlan {
  return { ...emptySheetPlan(name, mode), ...extra };
}

async function workbookWithDepartment(): Promise<ExcelJS.Workbook> {
  const workbook = newXlsxWorkbook();
  const report = applyPlanToXlsx(workbook, { sheets: [departmentPlan()] });
  if (!report.ok) throw new Error(report.error.code);
  return workbook;
}

describe("a plan that cannot be applied fails whole, with a typed error, and writes nothing", () => {
  it("refuses rows inserted into a table (adding to a sheet is done in Excel, which moves what is below)", async () => {
    const workbook = await workbookWithDepartment();
    const insertRows = [
      { table: "Tassei_KPI_1", index: 0, count: 1, range: { row: 30, column: 0, rowCount: 1, columnCount: 15 } },
    ];
    const error = errorOf(workbook, { sheets: [sheet(DEPARTMENT, { insertRows }, "update")] });
    expect(error).toMatchObject({ code: "row-insert", sheet: DEPARTMENT });
    expect(error.message.en).toContain("Add them from Tassei's pane in Excel");
  });

  it("create fails when the sheet exists (whatever its case), update when it does not", async () => {
    const workbook = await workbookWithDepartment();
    expect(errorOf(workbook, { sheets: [sheet(DEPARTMENT)] })).toMatchObject({
      code: "sheet-exists",
      sheet: DEPARTMENT,
    });
    workbook.addWorksheet("Summary");
    expect(errorOf(workbook, { sheets: [sheet("SUMMARY")] }).code).toBe("sheet-exists");
    const missing = errorOf(workbook, { sheets: [sheet("企画部", {}, "update")] });
    expect(missing).toMatchObject({ code: "sheet-missing", sheet: "企画部" });
    expect(missing.message.ja).toBe("シート「企画部」が見つかりません。");
    expect(missing.message.en).toBe("There is no sheet named “企画部”.");
  });

  it("a text longer than Excel's cell limit is refused, naming the cell", () => {
    const tooLong = "x".repeat(MAX_CELL_TEXT_LENGTH + 1);
    const error = errorOf(newXlsxWorkbook(), {
      sheets: [
        sheet("長文", {
          blocks: [
            {
              anchor: { row: 2, column: 1 },
              rows: [
                ["ok", LONGEST_TEXT],
                [undefined, tooLong],
              ],
            },
          ],
        }),
      ],
    });
    expect(error).toMatchObject({ code: "text-too-long", sheet: "長文", address: "C4" });
    expect(error.message.en).toContain("C4");
    expect(error.message.ja).toContain("32767");
  });

  it("so is a hyperlink text that long", () => {
    const error = errorOf(newXlsxWorkbook(), {
      sheets: [
        sheet("links", {
          hyperlinks: [
            {
              cell: { row: 0, column: 0 },
              target: { kind: "url", url: "https://example.invalid" },
              text: "x".repeat(40_000),
            },
          ],
        }),
      ],
    });
    expect(error).toMatchObject({ code: "text-too-long", address: "A1" });
  });

  const cases: [string, WorkbookPlan, XlsxApplyErrorCode][] = [
    ["a sheet name Excel refuses", { sheets: [sheet("予算/実績")] }, "sheet-name"],
    ["a sheet name over 31 characters", { sheets: [sheet("部".repeat(32))] }, "sheet-name"],
    ["the same sheet twice", { sheets: [sheet("部"), sheet("部")] }, "duplicate-sheet"],
    [
      "a formula without =",
      { sheets: [sheet("f", { blocks: [{ anchor: { row: 0, column: 0 }, rows: [[{ formula: "SUM(A1)" }]] }] })] },
      "formula",
    ],
    [
      "a number that is not finite",
      { sheets: [sheet("n", { blocks: [{ anchor: { row: 0, column: 0 }, rows: [[Number.NaN]] }] })] },
      "number",
    ],
    [
      "a colour that is not #RRGGBB",
      {
        sheets: [
          sheet("c", {
            styles: [{ range: { row: 0, column: 0, rowCount: 1, columnCount: 1 }, style: { fill: "pink" } }],
          }),
        ],
      },
      "color",
    ],
    [
      "a write beyond the last row",
      { sheets: [sheet("r", { blocks: [{ anchor: { row: MAX_ROWS - 1, column: 0 }, rows: [["a"], ["b"]] }] })] },
      "out-of-range",
    ],
    [
      "a table name that reads as a cell address",
      {
        sheets: [
          sheet("t", {
            tables: [{ name: "AB12", range: { row: 0, column: 0, rowCount: 2, columnCount: 1 }, headers: ["x"] }],
          }),
        ],
      },
      "table-name",
    ],
    [
      "table headers that do not fit the range",
      {
        sheets: [
          sheet("t", {
            tables: [{ name: "KPI_T", range: { row: 0, column: 0, rowCount: 2, columnCount: 2 }, headers: ["x"] }],
          }),
        ],
      },
      "table-headers",
    ],
    [
      "repeated table headers",
      {
        sheets: [
          sheet("t", {
            tables: [
              { name: "KPI_T", range: { row: 0, column: 0, rowCount: 2, columnCount: 2 }, headers: ["指標", "指標"] },
            ],
          }),
        ],
      },
      "table-headers",
    ],
    [
      "table headers that differ from the cells the plan writes",
      {
        sheets: [
          sheet("t", {
            blocks: [{ anchor: { row: 0, column: 0 }, rows: [["指標", "実績"]] }],
            tables: [
              { name: "KPI_T", range: { row: 0, column: 0, rowCount: 2, columnCount: 2 }, headers: ["指標", "実績値"] },
            ],
          }),
        ],
      },
      "table-headers",
    ],
    [
      "one table name on two sheets",
      {
        sheets: [
          sheet("a", {
            tables: [{ name: "KPI", range: { row: 0, column: 0, rowCount: 2, columnCount: 1 }, headers: ["x"] }],
          }),
          sheet("b", {
            tables: [{ name: "kpi", range: { row: 0, column: 0, rowCount: 2, columnCount: 1 }, headers: ["x"] }],
          }),
        ],
      },
      "table-name-taken",
    ],
    [
      "a list choice with a comma",
      {
        sheets: [
          sheet("v", {
            validations: [
              { range: { row: 0, column: 0, rowCount: 1, columnCount: 1 }, list: ["A,B"], allowBlank: true },
            ],
          }),
        ],
      },
      "validation-list",
    ],
    [
      "list choices longer than 255 characters in all",
      {
        sheets: [
          sheet("v", {
            validations: [
              {
                range: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
                list: Array.from({ length: 60 }, (_, i) => `選択肢${i}`),
                allowBlank: true,
              },
            ],
          }),
        ],
      },
      "validation-list",
    ],
    [
      "a property value over 255 characters",
      { sheets: [sheet("p", { properties: { tassei: "x".repeat(256) } })] },
      "property-too-long",
    ],
  ];

  it.each(cases)("%s", (_label, plan, code) => {
    const workbook = newXlsxWorkbook();
    const error = errorOf(workbook, plan);
    expect(error.code).toBe(code);
    expect(error.message.ja.length).toBeGreaterThan(0);
    expect(error.message.en.length).toBeGreaterThan(0);
    expect(workbook.worksheets).toHaveLength(0);
  });

  it("a table name used on another sheet of the workbook is refused", async () => {
    const workbook = await workbookWithDepartment();
    const error = errorOf(workbook, {
      sheets: [
        sheet("別", {
          tables: [{ name: "kpi_総務部", range: { row: 0, column: 0, rowCount: 2, columnCount: 1 }, headers: ["x"] }],
        }),
      ],
    });
    expect(error).toMatchObject({ code: "table-name-taken", sheet: "別" });
  });

  it("nothing is written when a later sheet of the plan fails", async () => {
    const workbook = await workbookWithDepartment();
    const before = await saveXlsx(workbook);
    const error = errorOf(workbook, {
      sheets: [
        sheet(
          DEPARTMENT,
          { blocks: [{ anchor: { row: 0, column: 0 }, rows: [["changed"]] }], properties: { tassei: "changed" } },
          "update",
        ),
        sheet("新規", { blocks: [{ anchor: { row: 0, column: 0 }, rows: [["x".repeat(40_000)]] }] }),
      ],
    });
    expect(error.code).toBe("text-too-long");
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([DEPARTMENT]);
    expect(workbook.getWorksheet(DEPARTMENT)?.getCell("A1").value).toBe("総務部");
    const after = await saveXlsx(workbook);
    // Same parts, same content (core.xml's modified time aside).
    expect(after.length).toBe(before.length);
  });
});
