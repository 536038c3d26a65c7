/**
 * 「Tassei 形式に変換」, written once against the port: a Tassei sheet made from a sheet laid out by hand,
 * which is only read; the decisions are planConvertHandMade's.
 */
import { planConvertHandMade } from "../convert/plan-convert";
import type { Bilingual } from "../messages";
import type { WorkbookPort } from "./port";

export type ConvertJobOutcome =
  | {
      readonly status: "done";
      readonly sheet: string;
      readonly goals: number;
      readonly indicators: number;
      readonly notices: readonly Bilingual[];
    }
  | { readonly status: "refused"; readonly message: Bilingual };

export async function convertHandMadeSheet(port: WorkbookPort, sheet: string): Promise<ConvertJobOutcome> {
  const snapshot = await port.read({ sheets: [sheet], formulas: "presence" });
  const planned = planConvertHandMade(snapshot, sheet);
  if (!planned.ok) return { status: "refused", message: planned.message };
  const notices = await port.apply(planned.plan);
  return { status: "done", sheet: planned.sheet, goals: planned.goals, indicators: planned.indicators, notices };
}
