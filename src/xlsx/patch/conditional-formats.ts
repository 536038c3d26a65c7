/**
 * Conditional formats added to a worksheet part in place: each plan is a `<conditionalFormatting>` after
 * the sheet's own ones, its rules ranked below every rule already there (higher priority numbers lose), so
 * a user's rule keeps winning over Tassei's grade colours.
 */
import { rangeAddress } from "@tassei/excel-rules";
import type { ConditionalFormatPlan } from "../../core/workbook/plan";
import { toFileFormula } from "../formula";
import { elementsAfter, worksheetChildAt, worksheetTailStart } from "../part-locations";
import { toArgb } from "../units";
import { escapeXml } from "../xml";
import type { StyleBook } from "./style-book";

const AFTER_CONDITIONAL_FORMATTING = elementsAfter("conditionalFormatting");

export function withConditionalFormats(
  xml: string,
  plans: readonly ConditionalFormatPlan[],
  book: () => StyleBook,
): string {
  if (plans.length === 0) return xml;
  const start = worksheetTailStart(xml);
  const tail = xml.slice(start);
  const p = /<(\w+:)?worksheet\b/.exec(xml)?.[1] ?? "";
  let priority = Math.max(0, ...[...tail.matchAll(/\spriority="(\d+)"/g)].map((m) => Number(m[1])));
  const elements = plans.map((plan) => {
    const rules = plan.rules.map((rule) => {
      const fill = rule.fill === undefined ? null : toArgb(rule.fill);
      const font = rule.fontColor === undefined ? null : toArgb(rule.fontColor);
      const dxf = book().differential(fill, font);
      priority += 1;
      const formula = escapeXml(toFileFormula(rule.formula));
      return `<${p}cfRule type="expression" dxfId="${dxf}" priority="${priority}"><${p}formula>${formula}</${p}formula></${p}cfRule>`;
    });
    return `<${p}conditionalFormatting sqref="${rangeAddress(plan.range)}">${rules.join("")}</${p}conditionalFormatting>`;
  });
  const at = worksheetChildAt(tail, AFTER_CONDITIONAL_FORMATTING);
  const patched = at < 0 ? tail + elements.join("") : tail.slice(0, at) + elements.join("") + tail.slice(at);
  return xml.slice(0, start) + patched;
}
