/**
 * The summary sheet is Tassei's and regenerated in place: a second run updates it (clearing what the
 * first wrote) instead of adding a copy; a sheet of that name that Tassei did not make, a protected one,
 * one that was not read, or a structure-protected workbook is refused with the reason and a message.
 */
import { SUMMARY_SHEET_NAME, planConsolidation } from "../../../src/core/consolidate";
import type { ConsolidationRun, ConsolidationSource } from "../../../src/core/consolidate";
import { emptySheetPlan } from "../../../src/core/workbook/plan";
import type { WorkbookSnapshot } from "../../../src/core/workbook/snapshot";
import { officeJsAdapter } from "../../support/adapters";
import { sheetOf } from "../grade/support";
import { NOW, rowOfText, seedWorkbook } from "./support";

jest.setTimeout(120_000);

const LATER = new Date("2025-09-01T03:00:00Z");

function planned(run: ConsolidationRun) {
  if (!run.ok) throw new Error(run.message.en);
  return run;
}

const thisWorkbook = (snapshot: WorkbookSnapshot, sheets?: string[]): ConsolidationSource[] => [
  { kind: "this-workbook", snapshot, ...(sheets ? { sheets } : {}) },
];

describe("regenerating the summary in place", () => {
  it("updates Tassei's summary: clears the previous used range, writes from A1, keeps one sheet", async () => {
    const adapter = officeJsAdapter();
    await seedWorkbook(adapter);
    const first = await adapter.read({ sheets: "all" });
    await adapter.apply(planned(planConsolidation(first, thisWorkbook(first), { now: NOW })).plan);

    const second = await adapter.read({ sheets: "all" });
    const old = sheetOf(second, SUMMARY_SHEET_NAME);
    expect(old.used).not.toBeNull();
    const oldRows = old.used?.rowCount ?? 0;
    // This time only 市長公室 is ticked: the summary gets shorter, and nothing of the longer one stays.
    const run = planned(planConsolidation(second, thisWorkbook(second, ["市長公室"]), { now: LATER }));
    expect(run.plan.sheets).toHaveLength(1);
    const sheet = run.plan.sheets[0];
    expect(sheet?.name).toBe(SUMMARY_SHEET_NAME);
    expect(sheet?.mode).toBe("update");
    expect(sheet?.clear).toEqual([old.used]);
    expect(sheet?.properties["tassei.kind"]).toBe("summary");
    expect(sheet?.blocks[0]?.anchor).toEqual({ row: 0, column: 0 });
    await adapter.apply(run.plan);

    const third = await adapter.read({ sheets: "all" });
    expect(third.sheetNames.filter((n) => n.startsWith(SUMMARY_SHEET_NAME))).toEqual([SUMMARY_SHEET_NAME]);
    const summary = sheetOf(third, SUMMARY_SHEET_NAME);
    expect(summary.values[1]?.[0]).toBe("作成日時 2025-09-01 12:00　部局 1　取込元 1　要確認事項 6件");
    const top = rowOfText(summary, "部局") + 1;
    expect(summary.values[top]?.[0]).toBe("市長公室");
    expect(summary.values[top + 1]?.[0]).toBe("合計");
    expect(summary.used?.rowCount).toBeLessThan(oldRows);
    // Each source sheet is still exactly as it was.
    for (const name of second.sheetNames.filter((n) => n !== SUMMARY_SHEET_NAME)) {
      expect(sheetOf(third, name)).toEqual(sheetOf(second, name));
    }
  });
});

describe("refusing a summary sheet that is not Tassei's to write", () => {
  let workbook: WorkbookSnapshot;

  beforeAll(async () => {
    const adapter = officeJsAdapter();
    await seedWorkbook(adapter);
    // A sheet of that name made by a person, with something in it.
    await adapter.apply({
      sheets: [
        {
          ...emptySheetPlan(SUMMARY_SHEET_NAME, "create"),
          blocks: [{ anchor: { row: 0, column: 0 }, rows: [["手作りの集計"]] }],
        },
      ],
    });
    workbook = await adapter.read({ sheets: "all" });
  });

  it("a sheet named 全庁サマリー without Tassei's property → summary_not_ours, and no plan", () => {
    const run = planConsolidation(workbook, thisWorkbook(workbook), { now: NOW });
    expect(run).toEqual({
      ok: false,
      reason: "summary_not_ours",
      message: expect.objectContaining({ ja: expect.stringContaining("Tassei が作成したものではない") }),
    });
  });

  it("Tassei's summary, protected → summary_protected", () => {
    const ours = {
      ...workbook,
      sheets: workbook.sheets.map((s) =>
        s.name === SUMMARY_SHEET_NAME ? { ...s, protected: true, properties: { "tassei.kind": "summary" } } : s,
      ),
    };
    const run = planConsolidation(ours, thisWorkbook(ours), { now: NOW });
    expect(run.ok ? null : [run.reason, run.message.en]).toEqual([
      "summary_protected",
      expect.stringContaining("protected"),
    ]);
  });

  it("the property is matched as Excel matches keys, without regard to case", () => {
    const ours = {
      ...workbook,
      sheets: workbook.sheets.map((s) =>
        s.name === SUMMARY_SHEET_NAME ? { ...s, properties: { "Tassei.Kind": "summary" } } : s,
      ),
    };
    const run = planned(planConsolidation(ours, thisWorkbook(ours), { now: NOW }));
    expect(run.plan.sheets[0]?.mode).toBe("update");
  });

  it("a summary that exists but was not read → summary_not_read", () => {
    const unread = { ...workbook, sheets: workbook.sheets.filter((s) => s.name !== SUMMARY_SHEET_NAME) };
    const run = planConsolidation(unread, thisWorkbook(unread), { now: NOW });
    expect(run.ok ? null : run.reason).toBe("summary_not_read");
  });

  it("no summary in a structure-protected workbook → structure_protected", () => {
    const locked = {
      ...workbook,
      structureProtected: true,
      sheetNames: workbook.sheetNames.filter((n) => n !== SUMMARY_SHEET_NAME),
      sheets: workbook.sheets.filter((s) => s.name !== SUMMARY_SHEET_NAME),
    };
    const run = planConsolidation(locked, thisWorkbook(locked), { now: NOW });
    expect(run.ok ? null : run.reason).toBe("structure_protected");
  });
});
