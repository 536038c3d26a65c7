/**
 * Placing a rate on the scale inside a formula: the first grade whose bound the rate reaches, as the
 * engine's gradeIndexFor does, with the comparison made on ROUND(rate, 12).
 *
 * Why rounding. The float rate differs from the exact one by a few units in the 16th digit, so a
 * rate exactly on a bound (7/10, 0.567/0.81) can come out just under it. Rounded to 12 decimals it is
 * the bound again, while distinct rates on the 1e-12 grid stay at least 1e-12 apart — far more than
 * the tolerance HyperFormula (1e-13 relative) and LibreOffice (~4e-15) use when comparing. The price:
 * a rate less than 5e-13 below a bound (a 13th significant digit) is placed on the bound. ROUND(…, 10)
 * would widen that to 5e-11, which amounts in yen reach (70% of 1,000億円 missed by 1円).
 */
import type { Decimal } from "../../exact/decimal";
import { RATIO_ZERO } from "../../exact/ratio";
import { type GradeTable, gradeIndexFor, gradeTable, lowestIndex } from "../../grading/grade-table";
import type { Scale } from "../../grading/scale";
import { decimalToString } from "../../exact/decimal-text";
import { text, when } from "./excel-expr";

/** Decimals a rate is rounded to before it meets a bound (more when a bound itself needs more). */
export const RATE_ROUND_DECIMALS = 12;

export interface ScaleLetters {
  readonly table: GradeTable;
  /** Letter of the best grade (lower-is-better with an actual of 0). */
  readonly top: string;
  /** Letter of the lowest graded level (not done). */
  readonly lowest: string;
  /** A rate of 0 falls on the lowest level too, so "not done" needs no test of its own. */
  readonly zeroIsLowest: boolean;
  readonly notCarriedOut: string;
}

export function scaleLetters(scale: Scale): ScaleLetters {
  const table = gradeTable(scale);
  const lowest = lowestIndex(table);
  return {
    table,
    top: table.letters[0] as string,
    lowest: table.letters[lowest] as string,
    zeroIsLowest: table.bounds.length === 0 || gradeIndexFor(table, RATIO_ZERO, 0) === lowest,
    notCarriedOut: table.notCarriedOut,
  };
}

/** A bound in percent as the fraction a rate is compared with: 70 → "0.7". */
function fractionLiteral(percent: Decimal): string {
  return decimalToString({ coefficient: percent.coefficient, scale: percent.scale + 2 })
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
}

/** The letter of the grade the number in `rate` falls in, as nested IFs from the best grade down. */
export function gradeByBounds(rate: string, table: GradeTable): string {
  const decimals = Math.max(RATE_ROUND_DECIMALS, ...table.bounds.map((b) => b.scale + 2));
  const rounded = `ROUND(${rate},${decimals})`;
  let expr = text(table.letters[table.letters.length - 1] as string);
  for (let i = table.bounds.length - 1; i >= 0; i--) {
    const bound = table.bounds[i] as Decimal;
    expr = when(`${rounded}>=${fractionLiteral(bound)}`, text(table.letters[i] as string), expr);
  }
  return expr;
}
