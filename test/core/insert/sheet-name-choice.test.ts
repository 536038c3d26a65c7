/**
 * #20 item 7: the sheet's name can be chosen, so a second year of a department sits beside the first;
 * when the department's name is taken, the refusal says which name is free.
 */
import { planInsert } from "../../../src/core/insert/plan";
import { validateInsertRequest } from "../../../src/core/insert/request";
import { EMPTY_WORKBOOK, type WorkbookSnapshot } from "../../../src/core/workbook/snapshot";

const withSheets = (...names: string[]): WorkbookSnapshot => ({ ...EMPTY_WORKBOOK, sheetNames: names });

function plan(request: Record<string, unknown>, workbook: WorkbookSnapshot) {
  const validated = validateInsertRequest({ department: "環境部", fiscalYear: "令和8", goalCount: 1, ...request });
  if (!validated.ok) return { validation: validated.problems };
  return { planned: planInsert(validated.value, workbook) };
}

it("names the sheet as chosen, beside last year's sheet of the same department", () => {
  const { planned } = plan({ sheetName: " 環境部 令和8年度 " }, withSheets("環境部"));
  expect(planned?.ok && planned.sheetName).toBe("環境部 令和8年度");
  expect(planned?.ok && planned.plan.name).toBe("環境部 令和8年度");
  expect(planned?.ok && planned.renamed).toBe(false);
});

it("without a choice, takes the department's name; when it is taken, suggests a free one", () => {
  expect(plan({}, EMPTY_WORKBOOK).planned).toMatchObject({ ok: true, sheetName: "環境部" });
  const taken = plan({}, withSheets("環境部", "環境部 令和8年度")).planned;
  expect(taken?.ok).toBe(false);
  if (taken && !taken.ok) {
    expect(taken.problems[0]!.ja).toBe(
      "シート「環境部」はすでにあります。既存のシートは上書きしません。別のシート名（例:「環境部 令和8年度 (2)」）を指定してください。",
    );
  }
});

it("refuses a chosen name already in use (in any case) or one Excel refuses, naming it", () => {
  const used = plan({ sheetName: "環境部" }, withSheets("環境部")).planned;
  expect(used?.ok).toBe(false);
  const cases: [string, string][] = [
    ["環境部/令和8", "使えない文字"],
    ["'環境部", "「'」は使えません"],
    ["history", "予約"],
    ["あ".repeat(32), "31 文字まで"],
  ];
  for (const [name, text] of cases) {
    const { validation } = plan({ sheetName: name }, EMPTY_WORKBOOK);
    expect(validation?.[0]?.ja).toContain(text);
    expect(validation?.[0]?.ja).toContain(name);
  }
});
