/** The small pieces of the layout: KGI year headers, code lists, metadata, grade colours. */
import fc from "fast-check";
import { PRESET_SCALES } from "../../../src/core/rules";
import {
  gradeColour,
  gradeConditionalFormat,
  GRADE_PALETTE,
  NOT_CARRIED_OUT_COLOUR,
} from "../../../src/core/sheet/grade-palette";
import { joinCodes, splitCodes } from "../../../src/core/sheet/goals/goals-table";
import {
  defaultKgiYearColumns,
  kgiYearHeader,
  nextKgiYearColumns,
  parseKgiYearHeader,
} from "../../../src/core/sheet/kgi/kgi-table";
import {
  type DepartmentSheetMetadata,
  METADATA_KEYS,
  metadataProperties,
  readMetadata,
  tableNames,
} from "../../../src/core/sheet/metadata";
import { LayoutError } from "../../../src/core/sheet/layout-error";

describe("KGI year headers", () => {
  it.each([
    [2017, "actual", "H29 実績 (2017)"],
    [2019, "actual", "R1 実績 (2019)"],
    [2021, "target", "R3 目標 (2021)"],
    [1989, "target", "H1 目標 (1989)"],
    [1926, "actual", "S1 実績 (1926)"],
  ] as const)("%i %s → %s", (fiscalYear, kind, header) => {
    expect(kgiYearHeader({ fiscalYear, kind })).toBe(header);
    expect(parseKgiYearHeader(header)).toEqual({ fiscalYear, kind });
  });

  it("reads back every year it writes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1926, max: 2100 }),
        fc.constantFrom("actual" as const, "target" as const),
        (fiscalYear, kind) => {
          expect(parseKgiYearHeader(kgiYearHeader({ fiscalYear, kind }))).toEqual({ fiscalYear, kind });
        },
      ),
    );
  });

  it("reads headers a person typed, and refuses what names no year or kind", () => {
    expect(parseKgiYearHeader("令和5年度 目標")).toEqual({ fiscalYear: 2023, kind: "target" });
    expect(parseKgiYearHeader("R2実績値")).toEqual({ fiscalYear: 2020, kind: "actual" });
    expect(parseKgiYearHeader("実績（２０２０）")).toEqual({ fiscalYear: 2020, kind: "actual" });
    expect(parseKgiYearHeader("R3 目標 (2020)")).toBeNull(); // era and Western year disagree
    expect(parseKgiYearHeader("備考")).toBeNull();
    expect(parseKgiYearHeader("目標")).toBeNull();
  });

  it("a new KGI table has the four years before as actuals, this year and the next as targets", () => {
    expect(defaultKgiYearColumns(2025).map(kgiYearHeader)).toEqual([
      "R3 実績 (2021)",
      "R4 実績 (2022)",
      "R5 実績 (2023)",
      "R6 実績 (2024)",
      "R7 目標 (2025)",
      "R8 目標 (2026)",
    ]);
  });

  it("next year's table keeps this year's columns and gains a new sheet's: the year just finished its 実績", () => {
    // 令和7's sheet as `tassei new` makes it; no R8 実績 in 令和8's (it is written in 令和9's).
    const next = nextKgiYearColumns(defaultKgiYearColumns(2025), 2026);
    expect(next.map(kgiYearHeader)).toEqual([
      "R3 実績 (2021)",
      "R4 実績 (2022)",
      "R5 実績 (2023)",
      "R6 実績 (2024)",
      "R7 実績 (2025)",
      "R7 目標 (2025)",
      "R8 目標 (2026)",
      "R9 目標 (2027)",
    ]);
    // Everything a new sheet of 令和8 has is there; a column already there is not doubled.
    expect(next).toEqual(expect.arrayContaining(defaultKgiYearColumns(2026)));
    expect(nextKgiYearColumns(next, 2026)).toEqual(next);
    // A year skipped (令和7 → 令和9): the years between get their 実績 too.
    expect(nextKgiYearColumns(defaultKgiYearColumns(2025), 2027).map(kgiYearHeader)).toEqual([
      "R3 実績 (2021)",
      "R4 実績 (2022)",
      "R5 実績 (2023)",
      "R6 実績 (2024)",
      "R7 実績 (2025)",
      "R7 目標 (2025)",
      "R8 実績 (2026)",
      "R8 目標 (2026)",
      "R9 目標 (2027)",
      "R10 目標 (2028)",
    ]);
  });
});

describe("code lists", () => {
  it("are written one per line and read back split on lines and list separators", () => {
    expect(joinCodes(["5-2-(1)", "5-2-(2)"])).toBe("5-2-(1)\n5-2-(2)");
    expect(splitCodes("5-2-(1)\n5-2-(2)")).toEqual(["5-2-(1)", "5-2-(2)"]);
    expect(splitCodes("26, 64、69，70")).toEqual(["26", "64", "69", "70"]);
    expect(splitCodes("  \n")).toEqual([]);
  });
});

describe("metadata", () => {
  const metadata: DepartmentSheetMetadata = {
    kind: "department",
    layoutVersion: 1,
    sheetId: "a1",
    scaleId: "default",
    scaleVersion: 1,
    fiscalYear: 2025,
    department: "政策推進部",
    header: { range: "A3:B15", grade: "B6" },
    goals: { table: "Tassei_Goals_a1", range: "A18:P26", owned: ["達成度"] },
    kpi: { table: "Tassei_KPI_a1", range: "A29:O49", owned: ["達成率", "達成度"] },
    kgi: null,
    // A sheet made before the mid-year check (#18): no interim rule, no property.
    interim: null,
  };

  it("reads back what it writes, keys compared without case", () => {
    expect(readMetadata(metadataProperties(metadata))).toEqual(metadata);
    const shouted = Object.fromEntries(
      Object.entries(metadataProperties(metadata)).map(([k, v]) => [k.toUpperCase(), v]),
    );
    expect(readMetadata(shouted)).toEqual(metadata);
  });

  it("keeps the mid-year rule the sheet was made with, a share as the exact decimal written", () => {
    const made = { ...metadata, interim: { basis: "share" as const, percent: { coefficient: 667, scale: 1 } } };
    expect(metadataProperties(made)[METADATA_KEYS.interim]).toBe('{"basis":"share","percent":"66.7"}');
    expect(readMetadata(metadataProperties(made))).toEqual(made);
    const elapsed = { ...metadata, interim: { basis: "elapsed" as const } };
    expect(readMetadata(metadataProperties(elapsed))).toEqual(elapsed);
    expect(metadataProperties(metadata)[METADATA_KEYS.interim]).toBeUndefined();
  });

  it("is not there for another kind of sheet, and a damaged part reads as missing", () => {
    expect(readMetadata({})).toBeNull();
    expect(readMetadata({ [METADATA_KEYS.kind]: "summary" })).toBeNull();
    const damaged = {
      ...metadataProperties(metadata),
      [METADATA_KEYS.goals]: "{not json",
      [METADATA_KEYS.fiscalYear]: "R7",
    };
    expect(readMetadata(damaged)).toMatchObject({ goals: null, fiscalYear: null, kpi: metadata.kpi });
  });

  it("refuses a value over 255 characters", () => {
    const long = { ...metadata, kpi: { ...metadata.kpi!, owned: ["x".repeat(250)] } };
    expect(() => metadataProperties(long)).toThrow(LayoutError);
    try {
      metadataProperties(long);
    } catch (error) {
      expect((error as LayoutError).text.ja).toContain("tassei.kpi");
    }
  });

  it("derives valid, distinct table names from a sheet id", () => {
    expect(tableNames("seed004")).toEqual({
      goals: "Tassei_Goals_seed004",
      kpi: "Tassei_KPI_seed004",
      kgi: "Tassei_KGI_seed004",
    });
  });
});

describe("grade colours", () => {
  it("go from the palette's best to its worst, not-carried-out grey", () => {
    expect(gradeColour(0, 4)).toEqual(GRADE_PALETTE[0]);
    expect(gradeColour(3, 4)).toEqual(GRADE_PALETTE.at(-1));
    const format = gradeConditionalFormat({ row: 9, column: 10, rowCount: 20, columnCount: 1 }, PRESET_SCALES.default);
    expect(format.rules.at(-1)).toEqual({ formula: '=$K10="E"', ...NOT_CARRIED_OUT_COLOUR });
  });

  it("match a letter or its symbol", () => {
    const format = gradeConditionalFormat(
      { row: 0, column: 0, rowCount: 5, columnCount: 1 },
      PRESET_SCALES["qualitative-5"],
    );
    expect(format.rules[0]?.formula).toBe('=OR($A1="S",$A1="◎")');
    expect(format.rules).toHaveLength(5);
  });
});
