/**
 * The 達成率 formula's body, mirroring evaluateIndicator's computeRate: the rate where the engine
 * has one, "" where it gives a reason (or, lower-is-better with an actual of 0, an unbounded rate),
 * and the "press Grade" text where only the engine can read an input.
 *
 * Exactness. Excel computes in binary floats, the engine in exact decimals. Where the engine
 * subtracts (progress, band), the formula first snaps each difference to the grid of 12 significant
 * digits of the largest input it uses: on that grid the difference is exact again, whatever binary
 * noise the inputs carried (0.1 + 0.2) and whatever cancellation the subtraction suffered
 * (999,999.7 − 999,999). Twelve digits leave a wide margin both above float noise (~4e-16 of the
 * largest input) and above the relative tolerance HyperFormula (1e-13) and LibreOffice (~4e-15)
 * apply when they compare or subtract nearly equal numbers.
 */
import { DIRECTION_WORDS, METHOD_WORDS } from "../vocabulary";
import { CELL_CLASS, cellClassExpr } from "./cell-class";
import { EMPTY, call, isBlank, isOneOf, isWord, when } from "./excel-expr";
import { DIRECTION_KIND, pathChoiceExpr } from "./paths";
import type { KpiRowRefs } from "./row-refs";

/** Significant digits of the grid differences are snapped to (see the module comment). */
export const DIFFERENCE_GRID_DIGITS = 12;

/** What the 達成率 cell shows at each end of the tree. */
interface RateLeaves {
  /** A rate computed by the formula text `expr` (a number, 1 = 100%). */
  rate(expr: string): string;
  /** Exactly 100%: done, or inside the band. */
  readonly full: string;
  /** Not done: 0%. */
  readonly lowest: string;
  /** Lower is better with an actual of 0: the top grade without a finite rate. */
  readonly top: string;
  /** A reason: no rate. */
  readonly none: string;
  /** Only the engine can read an input. */
  readonly press: string;
}

export interface RateTreeOptions {
  /** The city's rule for lower-is-better indicators whose 算定方法 is blank. */
  readonly lowerIsBetter: "ratio" | "progress";
}

/** Decimals that put a difference on the DIFFERENCE_GRID_DIGITS grid of the largest of `refs`. */
function gridDecimals(refs: readonly string[]): string {
  // 11 − ⌊log10 max⌋, written with INT(x + 100) − 100 for the floor: HyperFormula's INT truncates
  // towards zero. Inputs are 0 or at least 1e-6, so x + 100 > 0; the callers exclude max = 0.
  const offset = 100 + DIFFERENCE_GRID_DIGITS - 1;
  return `${offset}-INT(LOG10(MAX(${refs.map((r) => `ABS(${r})`).join(",")}))+100)`;
}

function snapped(difference: string, decimals: string): string {
  return `ROUND(${difference},${decimals})`;
}

/** The 方向 word's kind; "unknown" also when the 算定方法 cell holds a word off its list (the row is not read). */
function directionKindExpr(refs: KpiRowRefs): string {
  const d = refs.direction;
  const methodKnown = `OR(${isBlank(refs.method)},${isOneOf(refs.method, [METHOD_WORDS.ratio, METHOD_WORDS.progress])})`;
  const byDirection = when(
    isBlank(d),
    String(DIRECTION_KIND.inferred),
    when(
      isOneOf(d, [DIRECTION_WORDS.up, DIRECTION_WORDS.down, DIRECTION_WORDS.band]),
      String(DIRECTION_KIND.numeric),
      when(isWord(d, DIRECTION_WORDS.binary), String(DIRECTION_KIND.binary), String(DIRECTION_KIND.unknown)),
    ),
  );
  return when(methodKnown, byDirection, String(DIRECTION_KIND.unknown));
}

/**
 * The whole rate decision; every input an IF may reach is classified before it is used in arithmetic.
 * `press` is the formula text (a string literal) shown when only the engine can read an input.
 */
export function rateTree(refs: KpiRowRefs, options: RateTreeOptions, press: string): string {
  const leaves: RateLeaves = { rate: (expr) => expr, full: "1", lowest: "0", top: EMPTY, none: EMPTY, press };
  const path = pathChoiceExpr(
    cellClassExpr(refs.actual, "each list"),
    cellClassExpr(refs.target, "any word"),
    directionKindExpr(refs),
  );
  return call(
    "CHOOSE",
    path,
    leaves.none,
    leaves.press,
    leaves.full,
    leaves.lowest,
    numbersTree(refs, options, leaves),
  );
}

/** Target and actual are both numbers the engine reads exactly: the method decides. */
function numbersTree(refs: KpiRowRefs, options: RateTreeOptions, leaves: RateLeaves): string {
  const { target: t, actual: a, baseline: b, direction: d, method: m } = refs;
  const isBand = isWord(d, DIRECTION_WORDS.band);
  const isDown = isWord(d, DIRECTION_WORDS.down);
  const methodBlank = isBlank(m);
  const isProgress =
    options.lowerIsBetter === "progress"
      ? `OR(${isWord(m, METHOD_WORDS.progress)},AND(${isDown},${methodBlank}))`
      : isWord(m, METHOD_WORDS.progress);

  // Inside the band [target, target]: the actual equals the target, up to binary noise.
  const inside = when(`${a}=${t}`, "TRUE", `${snapped(`${a}-${t}`, gridDecimals([a, t]))}=0`);

  const all = gridDecimals([a, t, b]);
  const bandRate = when(
    `${b}=${t}`,
    leaves.none, // the baseline is in the band too: outside_band
    leaves.rate(`1-${snapped(`ABS(${a}-${t})`, all)}/${snapped(`ABS(${b}-${t})`, all)}`),
  );
  const progressRate = when(
    `${t}=${b}`,
    leaves.none, // baseline_equals_target
    leaves.rate(`${snapped(`${a}-${b}`, all)}/${snapped(`${t}-${b}`, all)}`),
  );
  const ratio = when(`${t}<=0`, leaves.none, leaves.rate(`${a}/${t}`)); // target_zero, negative_base
  const inverse = when(
    `${t}<=0`,
    leaves.none,
    when(`${a}<0`, leaves.none, when(`${a}=0`, leaves.top, leaves.rate(`${t}/${a}`))),
  );

  return when(
    `AND(${isBand},${inside})`,
    leaves.full,
    when(
      `OR(${isBand},${isProgress})`,
      baselineGate(b, when(isBand, bandRate, progressRate), leaves),
      // The method is known here (see directionKindExpr), and not progress: a ratio.
      when(isDown, inverse, ratio),
    ),
  );
}

/** The baseline must be a number; blank, 作業中 or a word is a reason, text only the engine can read is "press". */
function baselineGate(baseline: string, withNumber: string, leaves: RateLeaves): string {
  const byClass: Record<number, string> = {
    [CELL_CLASS.blank]: leaves.none,
    [CELL_CLASS.number]: withNumber,
    [CELL_CLASS.pending]: leaves.none,
    [CELL_CLASS.done]: leaves.none,
    [CELL_CLASS.notDone]: leaves.none,
    [CELL_CLASS.otherNumber]: leaves.press,
    [CELL_CLASS.unknownText]: leaves.press,
    [CELL_CLASS.unreadable]: leaves.none,
  };
  const choices = Object.values(CELL_CLASS)
    .sort((x, y) => x - y)
    .map((c) => byClass[c] as string);
  return call("CHOOSE", `1+${cellClassExpr(baseline, "any word")}`, ...choices);
}
