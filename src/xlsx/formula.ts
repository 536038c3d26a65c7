/**
 * Formula text as the file stores it versus as Excel shows it. In the file a formula has no leading "=",
 * and functions added to Excel after 2007 carry a `_xlfn.` prefix (without it Excel shows #NAME?; Office.js
 * and the formula bar never show it). Shared formulas store the text once, for the first cell; the other
 * cells' formulas are that text with its relative references moved.
 */
import { MAX_COLUMNS, MAX_ROWS, columnIndex, columnLetters } from "@tassei/excel-rules";

/** Excel 2010+ worksheet functions, which the file format writes as `_xlfn.NAME`. */
const FUTURE_FUNCTIONS = new Set(
  (
    "AGGREGATE ARABIC BASE BETA.DIST BETA.INV BINOM.DIST BINOM.DIST.RANGE BINOM.INV BITAND BITLSHIFT BITOR " +
    "BITRSHIFT BITXOR BYCOL BYROW CEILING.MATH CEILING.PRECISE CHISQ.DIST CHISQ.DIST.RT CHISQ.INV CHISQ.INV.RT " +
    "CHISQ.TEST CHOOSECOLS CHOOSEROWS COMBINA CONCAT CONFIDENCE.NORM CONFIDENCE.T COT COTH COVARIANCE.P " +
    "COVARIANCE.S CSC CSCH DAYS DECIMAL DROP ERF.PRECISE ERFC.PRECISE EXPAND EXPON.DIST F.DIST F.DIST.RT F.INV " +
    "F.INV.RT F.TEST FLOOR.MATH FLOOR.PRECISE FORECAST.ETS FORECAST.ETS.CONFINT FORECAST.ETS.SEASONALITY " +
    "FORECAST.ETS.STAT FORECAST.LINEAR FORMULATEXT GAMMA GAMMA.DIST GAMMA.INV GAMMALN.PRECISE GAUSS HSTACK " +
    "HYPGEOM.DIST IFNA IFS IMCOSH IMCOT IMCSC IMCSCH IMSEC IMSECH IMSINH IMTAN ISFORMULA ISOMITTED ISOWEEKNUM " +
    "LOGNORM.DIST LOGNORM.INV MAKEARRAY MAP MAXIFS MINIFS MODE.MULT MODE.SNGL MUNIT NEGBINOM.DIST " +
    "NETWORKDAYS.INTL NORM.DIST NORM.INV NORM.S.DIST NORM.S.INV NUMBERVALUE PDURATION PERCENTILE.EXC " +
    "PERCENTILE.INC PERCENTRANK.EXC PERCENTRANK.INC PERMUTATIONA PHI POISSON.DIST QUARTILE.EXC QUARTILE.INC " +
    "RANDARRAY RANK.AVG RANK.EQ REDUCE RRI SCAN SEC SECH SEQUENCE SHEET SHEETS SKEW.P SORTBY STDEV.P STDEV.S " +
    "SWITCH T.DIST T.DIST.2T T.DIST.RT T.INV T.INV.2T T.TEST TAKE TEXTAFTER TEXTBEFORE TEXTJOIN TEXTSPLIT TOCOL " +
    "TOROW UNICHAR UNICODE UNIQUE VALUETOTEXT ARRAYTOTEXT VAR.P VAR.S VSTACK WEIBULL.DIST WORKDAY.INTL WRAPCOLS " +
    "WRAPROWS XLOOKUP XMATCH XOR Z.TEST"
  ).split(" "),
);
/** These two live in a second namespace as well. */
const WORKSHEET_NAMESPACE_FUNCTIONS = new Set(["FILTER", "SORT"]);

/**
 * Splits a formula into code and literal pieces: "strings", 'sheet names' and [structured references]
 * are literal, so nothing inside them is ever taken for a function or a reference.
 */
function mapCode(formula: string, transform: (code: string) => string): string {
  let out = "";
  let codeStart = 0;
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch !== '"' && ch !== "'" && ch !== "[") {
      i++;
      continue;
    }
    out += transform(formula.slice(codeStart, i));
    const start = i;
    if (ch === "[") {
      let depth = 0;
      for (; i < formula.length; i++) {
        const c = formula[i];
        if (c === "'")
          i++; // escapes the next character inside a structured reference
        else if (c === "[") depth++;
        else if (c === "]" && --depth === 0) break;
      }
      i++;
    } else {
      for (i++; i < formula.length; i++) {
        if (formula[i] === ch) {
          if (formula[i + 1] === ch) i++;
          else break;
        }
      }
      i++;
    }
    out += formula.slice(start, Math.min(i, formula.length));
    codeStart = i;
  }
  return out + transform(formula.slice(codeStart));
}

const FUNCTION_CALL = /(^|[^A-Za-z0-9_.])([A-Za-z][A-Za-z0-9_.]*)(?=\s*\()/g;

/** "=IFS(A1>0,1)" → "IFS…" with `_xlfn.` added where the file format needs it; the leading "=" is removed. */
export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return mapCode(body, (code) =>
    code.replace(FUNCTION_CALL, (whole, before: string, name: string) => {
      const upper = name.toUpperCase();
      if (WORKSHEET_NAMESPACE_FUNCTIONS.has(upper)) return `${before}_xlfn._xlws.${name}`;
      return FUTURE_FUNCTIONS.has(upper) ? `${before}_xlfn.${name}` : whole;
    }),
  );
}

/** The file's formula text as Excel shows it: "=" in front, no `_xlfn.`/`_xlws.`/`_xlpm.` prefixes. */
export function fromFileFormula(stored: string): string {
  const shown = stored.includes("_xl") ? mapCode(stored, (code) => code.replace(/_xl(?:fn|ws|pm)\./gi, "")) : stored;
  return `=${shown}`;
}

const REFERENCE =
  /(^|[^A-Za-z0-9_.])(?:(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})|(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7}))(?![A-Za-z0-9_(.!])/g;

function shiftColumn(letters: string, absolute: string, by: number): string | null {
  if (absolute) return `$${letters}`;
  const moved = columnIndex(letters) + by;
  return moved >= 0 && moved < MAX_COLUMNS ? columnLetters(moved) : null;
}

function shiftRow(digits: string, absolute: string, by: number): string | null {
  if (absolute) return `$${digits}`;
  const moved = Number(digits) + by;
  return moved >= 1 && moved <= MAX_ROWS ? String(moved) : null;
}

function isColumn(letters: string): boolean {
  try {
    columnIndex(letters);
    return true;
  } catch {
    return false;
  }
}

/** The formula of a cell `rows` down and `columns` right of the cell whose formula this is (stored form). */
export function shiftFormula(stored: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return stored;
  return mapCode(stored, (code) =>
    code.replace(REFERENCE, (whole, before: string, ...parts: (string | undefined)[]) => {
      const [c$, col, r$, row, a$, colA, b$, colB, x$, rowA, y$, rowB] = parts;
      let moved: (string | null)[];
      if (col !== undefined && row !== undefined) {
        if (!isColumn(col)) return whole;
        moved = [shiftColumn(col, c$ ?? "", columns), shiftRow(row, r$ ?? "", rows)];
        return moved.includes(null) ? `${before}#REF!` : `${before}${moved[0]}${moved[1]}`;
      }
      if (colA !== undefined && colB !== undefined) {
        if (!isColumn(colA) || !isColumn(colB)) return whole;
        moved = [shiftColumn(colA, a$ ?? "", columns), shiftColumn(colB, b$ ?? "", columns)];
        return moved.includes(null) ? `${before}#REF!` : `${before}${moved[0]}:${moved[1]}`;
      }
      if (rowA !== undefined && rowB !== undefined) {
        moved = [shiftRow(rowA, x$ ?? "", rows), shiftRow(rowB, y$ ?? "", rows)];
        return moved.includes(null) ? `${before}#REF!` : `${before}${moved[0]}:${moved[1]}`;
      }
      return whole;
    }),
  );
}
