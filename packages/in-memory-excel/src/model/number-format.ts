/**
 * The text Excel displays for a value under a number format (`Range.text`, the preview grid).
 * Covers what city spreadsheets use: General, fixed decimals, thousands separators, percent,
 * scientific, literal units (`#,##0"件"`), sections (`0;▲0;"-"`), dates and times including the
 * Japanese era (`ggge"年"m"月"d"日"`) and weekday (`aaa`). Not covered: fractions (`# ?/?`),
 * `[DBNum]` numerals, colours (parsed and ignored) and column-width effects such as "####".
 */
import { serialToParts } from "@tassei/excel-rules";

export type DisplayValue = number | string | boolean | { readonly error: string } | null;

interface Section {
  readonly tokens: readonly FormatToken[];
  readonly condition?: (n: number) => boolean;
}

type FormatToken =
  | { readonly kind: "literal"; readonly text: string }
  | { readonly kind: "digit"; readonly char: "0" | "#" | "?" }
  | { readonly kind: "point" }
  | { readonly kind: "comma" }
  | { readonly kind: "percent" }
  | { readonly kind: "exponent"; readonly sign: "+" | "-" }
  | { readonly kind: "text" }
  | { readonly kind: "general" }
  | { readonly kind: "date"; readonly code: string }
  | { readonly kind: "ampm"; readonly code: string };

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const JA_DAYS = ["日", "月", "火", "水", "木", "金", "土"];

interface Era {
  readonly name: string;
  readonly letter: string;
  /** First day, as y*10000 + m*100 + d. */
  readonly start: number;
  readonly firstYear: number;
}

const ERAS: readonly Era[] = [
  { name: "令和", letter: "R", start: 20190501, firstYear: 2019 },
  { name: "平成", letter: "H", start: 19890108, firstYear: 1989 },
  { name: "昭和", letter: "S", start: 19261225, firstYear: 1926 },
  { name: "大正", letter: "T", start: 19120730, firstYear: 1912 },
  { name: "明治", letter: "M", start: 18680101, firstYear: 1868 },
];

function splitSections(format: string): string[] {
  const sections: string[] = [];
  let current = "";
  let inQuote = false;
  let inBracket = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? "";
    if (ch === "\\" && !inQuote && i + 1 < format.length) {
      current += ch + (format[i + 1] ?? "");
      i++;
      continue;
    }
    if (ch === '"' && !inBracket) inQuote = !inQuote;
    else if (ch === "[" && !inQuote) inBracket = true;
    else if (ch === "]" && !inQuote) inBracket = false;
    if (ch === ";" && !inQuote && !inBracket) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

function parseCondition(text: string): ((n: number) => boolean) | undefined {
  const m = /^(<=|>=|<>|<|>|=)\s*(-?[0-9.]+)$/.exec(text);
  if (!m) return undefined;
  const bound = Number(m[2]);
  switch (m[1]) {
    case "<":
      return (n) => n < bound;
    case "<=":
      return (n) => n <= bound;
    case ">":
      return (n) => n > bound;
    case ">=":
      return (n) => n >= bound;
    case "=":
      return (n) => n === bound;
    default:
      return (n) => n !== bound;
  }
}

function parseSection(source: string): Section {
  const tokens: FormatToken[] = [];
  let condition: ((n: number) => boolean) | undefined;
  const literal = (t: string) => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === "literal") tokens[tokens.length - 1] = { kind: "literal", text: last.text + t };
    else tokens.push({ kind: "literal", text: t });
  };
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? "";
    const rest = source.slice(i);
    if (ch === '"') {
      const end = source.indexOf('"', i + 1);
      const stop = end < 0 ? source.length : end;
      literal(source.slice(i + 1, stop));
      i = stop + 1;
      continue;
    }
    if (ch === "\\") {
      literal(source[i + 1] ?? "");
      i += 2;
      continue;
    }
    if (ch === "_") {
      literal(" ");
      i += 2;
      continue;
    }
    if (ch === "*") {
      i += 2;
      continue;
    }
    if (ch === "[") {
      const end = source.indexOf("]", i);
      const inner = source.slice(i + 1, end < 0 ? source.length : end);
      i = end < 0 ? source.length : end + 1;
      if (/^(h+|m+|s+)$/i.test(inner)) tokens.push({ kind: "date", code: `[${inner.toLowerCase()}]` });
      else if (inner.startsWith("$")) {
        const symbol = inner.slice(1).split("-")[0] ?? "";
        if (symbol) literal(symbol);
      } else condition = parseCondition(inner) ?? condition;
      continue;
    }
    if (/^general/i.test(rest)) {
      tokens.push({ kind: "general" });
      i += 7;
      continue;
    }
    if (/^(am\/pm|a\/p)/i.test(rest)) {
      const code = /^(am\/pm|a\/p)/i.exec(rest)?.[0] ?? "AM/PM";
      tokens.push({ kind: "ampm", code });
      i += code.length;
      continue;
    }
    if (/^[eE][+-]/.test(rest)) {
      tokens.push({ kind: "exponent", sign: rest[1] === "+" ? "+" : "-" });
      i += 2;
      continue;
    }
    const dateRun = /^(y+|m+|d+|h+|s+|e+|g+|a{3,4})/i.exec(rest);
    if (dateRun) {
      tokens.push({ kind: "date", code: dateRun[0].toLowerCase() });
      i += dateRun[0].length;
      continue;
    }
    if (ch === "0" || ch === "#" || ch === "?") tokens.push({ kind: "digit", char: ch });
    else if (ch === ".") tokens.push({ kind: "point" });
    else if (ch === ",") tokens.push({ kind: "comma" });
    else if (ch === "%") tokens.push({ kind: "percent" });
    else if (ch === "@") tokens.push({ kind: "text" });
    else literal(ch);
    i++;
  }
  return condition ? { tokens, condition } : { tokens };
}

const cache = new Map<string, Section[]>();

function sectionsOf(format: string): Section[] {
  let sections = cache.get(format);
  if (!sections) {
    sections = splitSections(format).map(parseSection);
    if (cache.size > 500) cache.clear();
    cache.set(format, sections);
  }
  return sections;
}

/** |n| as plain decimal digits rounded half away from zero, on Excel's 15 significant digits. */
export function roundedDigits(n: number, decimals: number): { integer: string; fraction: string } {
  const abs = Math.abs(n);
  const [mantissa = "0", exponentText = "0"] = abs.toPrecision(15).split("e");
  const exponent = Number(exponentText);
  const [intRaw = "0", fracRaw = ""] = mantissa.split(".");
  let digits = intRaw + fracRaw;
  let pointAt = intRaw.length + exponent;
  if (pointAt < 0) {
    digits = "0".repeat(-pointAt) + digits;
    pointAt = 0;
  }
  if (pointAt > digits.length) digits += "0".repeat(pointAt - digits.length);
  let integer = digits.slice(0, pointAt) || "0";
  let fraction = digits.slice(pointAt);
  if (fraction.length > decimals) {
    const roundUp = (fraction[decimals] ?? "0") >= "5";
    fraction = fraction.slice(0, decimals);
    if (roundUp) {
      const all = (integer + fraction).split("").map(Number);
      let k = all.length - 1;
      while (k >= 0) {
        const d = (all[k] ?? 0) + 1;
        if (d === 10) {
          all[k] = 0;
          k--;
        } else {
          all[k] = d;
          break;
        }
      }
      let joined = all.join("");
      if (k < 0) joined = "1" + joined;
      integer = joined.slice(0, joined.length - decimals) || "0";
      fraction = joined.slice(joined.length - decimals);
    }
  } else fraction = fraction.padEnd(decimals, "0");
  integer = integer.replace(/^0+(?=[0-9])/, "");
  return { integer, fraction };
}

/** Excel's General format in a standard-width column: at most 11 characters, then scientific. */
export function formatGeneral(n: number): string {
  if (n === 0) return "0";
  const negative = n < 0;
  const abs = Math.abs(n);
  const width = negative ? 10 : 11;
  const plain = (digits: number) => {
    const { integer, fraction } = roundedDigits(abs, digits);
    const trimmed = fraction.replace(/0+$/, "");
    return trimmed ? `${integer}.${trimmed}` : integer;
  };
  const sign = negative ? "-" : "";
  if (abs >= 1e-9 && abs < 1e11) {
    const intLength = Math.floor(abs).toString().length;
    const digits = Math.max(0, width - intLength - 1);
    const text = plain(digits);
    if (text !== "0" && text.length <= width) return sign + text;
  }
  for (let decimals = 5; decimals >= 0; decimals--) {
    // General drops the mantissa's trailing zeros: 1E-12, not 1.00000E-12.
    const text = scientific(abs, 1, decimals, "+", 2).replace(/\.?0+E/, "E");
    if (text.length <= width) return sign + text;
  }
  return sign + scientific(abs, 1, 0, "+", 2);
}

function scientific(abs: number, intDigits: number, decimals: number, sign: "+" | "-", expDigits: number): string {
  let exponent = abs === 0 ? 0 : Math.floor(Math.log10(abs)) - (intDigits - 1);
  let mantissa = abs === 0 ? 0 : abs / 10 ** exponent;
  let { integer, fraction } = roundedDigits(mantissa, decimals);
  if (integer.length > intDigits) {
    exponent += 1;
    mantissa = abs / 10 ** exponent;
    ({ integer, fraction } = roundedDigits(mantissa, decimals));
  }
  const expSign = exponent < 0 ? "-" : sign === "+" ? "+" : "";
  const expText = Math.abs(exponent).toString().padStart(expDigits, "0");
  return `${integer}${fraction ? "." + fraction : ""}E${expSign}${expText}`;
}

function groupThousands(integer: string): string {
  return integer.replace(/\B(?=([0-9]{3})+(?![0-9]))/g, ",");
}

function formatNumberSection(n: number, section: Section): string {
  const tokens = section.tokens;
  if (tokens.some((t) => t.kind === "general")) {
    return tokens.map((t) => (t.kind === "general" ? formatGeneral(n) : t.kind === "literal" ? t.text : "")).join("");
  }
  const firstDigit = tokens.findIndex((t) => t.kind === "digit");
  if (firstDigit < 0) {
    return tokens.map((t) => (t.kind === "literal" ? t.text : t.kind === "percent" ? "%" : "")).join("");
  }
  const pointIndex = tokens.findIndex((t) => t.kind === "point");
  const exponentIndex = tokens.findIndex((t) => t.kind === "exponent");
  const numberEnd = exponentIndex >= 0 ? exponentIndex : tokens.length;
  let lastDigit = -1;
  tokens.forEach((t, i) => {
    if (t.kind === "digit" && i < numberEnd) lastDigit = i;
  });
  const intEnd = pointIndex >= 0 && pointIndex < numberEnd ? pointIndex : lastDigit + 1;
  let grouping = false;
  let scaleCommas = 0;
  for (let i = firstDigit; i < numberEnd; i++) {
    if (tokens[i]?.kind !== "comma") continue;
    const digitAfter = tokens.slice(i + 1, intEnd).some((t) => t.kind === "digit");
    if (i < intEnd && digitAfter) grouping = true;
    else scaleCommas++;
  }
  const percents = tokens.filter((t) => t.kind === "percent").length;
  let value = Math.abs(n) * 100 ** percents;
  if (scaleCommas > 0) value /= 1000 ** scaleCommas;
  const fracPlaces: Array<"0" | "#" | "?"> = [];
  const intPlaces: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== "digit" || i >= numberEnd) return;
    if (i < intEnd) intPlaces.push(i);
    else fracPlaces.push(t.char);
  });
  let integer: string;
  let fraction: string;
  let exponentText = "";
  if (exponentIndex >= 0) {
    const expDigits = tokens.slice(exponentIndex + 1).filter((t) => t.kind === "digit").length || 1;
    const exponentToken = tokens[exponentIndex];
    const sign = exponentToken?.kind === "exponent" ? exponentToken.sign : "+";
    const sci = scientific(value, Math.max(1, intPlaces.length), fracPlaces.length, sign, expDigits);
    const m = /^([0-9]+)(?:\.([0-9]+))?E(.*)$/.exec(sci);
    integer = m?.[1] ?? "0";
    fraction = m?.[2] ?? "";
    exponentText = `E${m?.[3] ?? ""}`;
  } else {
    ({ integer, fraction } = roundedDigits(value, fracPlaces.length));
  }
  // Fraction: '#' drops trailing zeros, '?' shows them as spaces.
  let fractionOut = "";
  let keep = fraction.length;
  while (keep > 0 && fraction[keep - 1] === "0" && fracPlaces[keep - 1] !== "0") keep--;
  for (let k = 0; k < fracPlaces.length; k++) {
    if (k < keep) fractionOut += fraction[k] ?? "";
    else fractionOut += fracPlaces[k] === "?" ? " " : "";
  }
  // Integer: digits fill placeholders from the right; the leftmost takes any overflow.
  let intDigits = integer === "0" ? "" : integer;
  const out: string[] = tokens.map(() => "");
  for (let k = intPlaces.length - 1; k >= 0; k--) {
    const index = intPlaces[k] ?? 0;
    const t = tokens[index];
    const char = t?.kind === "digit" ? t.char : "#";
    if (k === 0) {
      out[index] = intDigits || (char === "0" ? "0" : char === "?" ? " " : "");
      intDigits = "";
    } else if (intDigits.length > 0) {
      out[index] = intDigits.slice(-1);
      intDigits = intDigits.slice(0, -1);
    } else out[index] = char === "0" ? "0" : char === "?" ? " " : "";
  }
  if (grouping) {
    const digitText = intPlaces.map((i) => out[i]).join("");
    const grouped = groupThousands(digitText.trim());
    intPlaces.forEach((i, k) => (out[i] = k === 0 ? grouped : ""));
  }
  let result = "";
  let fractionWritten = false;
  tokens.forEach((t, i) => {
    if (i >= numberEnd) {
      if (t.kind === "literal") result += t.text;
      else if (t.kind === "percent") result += "%";
      return;
    }
    switch (t.kind) {
      case "digit":
        if (i < intEnd) result += out[i];
        else if (!fractionWritten) {
          result += fractionOut;
          fractionWritten = true;
        }
        break;
      case "point":
        result += ".";
        break;
      case "percent":
        result += "%";
        break;
      case "literal":
        result += t.text;
        break;
      default:
        break;
    }
    if (i === numberEnd - 1 && exponentText) result += exponentText;
  });
  if (exponentIndex >= 0 && !result.includes("E")) result += exponentText;
  return result;
}

function eraOf(year: number, month: number, day: number): { era: Era; year: number } {
  const key = year * 10000 + month * 100 + day;
  const era = ERAS.find((e) => key >= e.start) ?? (ERAS[ERAS.length - 1] as Era);
  return { era, year: year - era.firstYear + 1 };
}

function formatDateSection(n: number, section: Section): string {
  const p = serialToParts(n);
  const tokens = section.tokens;
  const twelveHour = tokens.some((t) => t.kind === "ampm");
  const pad = (v: number, width: number) => v.toString().padStart(width, "0");
  const isMinute = (i: number): boolean => {
    for (let k = i - 1; k >= 0; k--) {
      const t = tokens[k];
      if (t?.kind === "date") return t.code.startsWith("h") || t.code === "[h]";
    }
    for (let k = i + 1; k < tokens.length; k++) {
      const t = tokens[k];
      if (t?.kind === "date") return t.code.startsWith("s");
    }
    return false;
  };
  const era = eraOf(p.year, p.month, p.day);
  return tokens
    .map((t, i) => {
      switch (t.kind) {
        case "literal":
          return t.text;
        // In a date format these are plain characters: ge.m.d → R7.4.1.
        case "point":
          return ".";
        case "comma":
          return ",";
        case "percent":
          return "%";
        case "ampm": {
          const pm = p.hour >= 12;
          if (t.code.toLowerCase() === "a/p") return pm ? "P" : "A";
          return pm ? "PM" : "AM";
        }
        case "date": {
          const c = t.code;
          if (c.startsWith("y")) return c.length <= 2 ? pad(p.year % 100, 2) : pad(p.year, 4);
          if (c.startsWith("m") && c.length <= 2 && isMinute(i))
            return c.length === 2 ? pad(p.minute, 2) : `${p.minute}`;
          if (c === "m") return `${p.month}`;
          if (c === "mm") return pad(p.month, 2);
          if (c === "mmm") return (MONTHS[p.month - 1] ?? "").slice(0, 3);
          if (c === "mmmmm") return (MONTHS[p.month - 1] ?? "").slice(0, 1);
          if (c.startsWith("m")) return MONTHS[p.month - 1] ?? "";
          if (c === "d") return `${p.day}`;
          if (c === "dd") return pad(p.day, 2);
          if (c === "ddd") return (DAYS[p.weekday] ?? "").slice(0, 3);
          if (c.startsWith("d")) return DAYS[p.weekday] ?? "";
          if (c === "aaa") return JA_DAYS[p.weekday] ?? "";
          if (c === "aaaa") return `${JA_DAYS[p.weekday] ?? ""}曜日`;
          if (c.startsWith("h")) {
            const h = twelveHour ? p.hour % 12 || 12 : p.hour;
            return c.length >= 2 ? pad(h, 2) : `${h}`;
          }
          if (c.startsWith("s")) return c.length >= 2 ? pad(p.second, 2) : `${p.second}`;
          if (c === "[h]") return `${Math.floor(n * 24)}`;
          if (c === "[mm]" || c === "[m]") return `${Math.floor(n * 1440)}`;
          if (c === "[ss]" || c === "[s]") return `${Math.round(n * 86400)}`;
          if (c === "e") return `${era.year}`;
          if (c.startsWith("e")) return pad(era.year, 2);
          if (c === "g") return era.era.letter;
          if (c === "gg") return era.era.name.slice(0, 1);
          if (c.startsWith("g")) return era.era.name;
          return "";
        }
        default:
          return "";
      }
    })
    .join("");
}

function isDateSection(section: Section): boolean {
  return section.tokens.some((t) => t.kind === "date" || t.kind === "ampm");
}

/** Whether the format shows a positive number as a date or time (its first section has date codes). */
export function showsDateTime(format: string): boolean {
  const first = sectionsOf(format)[0];
  return first !== undefined && isDateSection(first);
}

/** Whether the format shows a positive number as a percentage (its first section has %). */
export function showsPercent(format: string): boolean {
  return sectionsOf(format)[0]?.tokens.some((t) => t.kind === "percent") ?? false;
}

function pickSection(sections: readonly Section[], n: number): { section: Section; absolute: boolean } | undefined {
  const [first, second, third] = sections;
  if (!first) return undefined;
  if (first.condition || second?.condition) {
    if (first.condition?.(n)) return { section: first, absolute: false };
    if (second?.condition?.(n)) return { section: second, absolute: false };
    const fallback = second?.condition ? third : second;
    return fallback ? { section: fallback, absolute: true } : { section: first, absolute: false };
  }
  if (sections.length === 1 || (sections.length === 2 && second?.tokens.length === 0 && n >= 0)) {
    return { section: first, absolute: false };
  }
  if (n > 0 || (n === 0 && !third)) return { section: first, absolute: false };
  if (n < 0) return second ? { section: second, absolute: true } : { section: first, absolute: false };
  return { section: third ?? first, absolute: false };
}

function formatNumber(n: number, format: string): string {
  if (format === "" || /^general$/i.test(format) || format === "@") return formatGeneral(n);
  const sections = sectionsOf(format).slice(0, 3);
  const picked = pickSection(sections, n);
  if (!picked) return formatGeneral(n);
  const { section, absolute } = picked;
  if (section.tokens.length === 0) return "";
  if (isDateSection(section)) {
    if (n < 0 || n >= 2958466) return "#".repeat(11);
    return formatDateSection(n, section);
  }
  const text = formatNumberSection(absolute ? Math.abs(n) : n, section);
  const showsMinus = !absolute && n < 0 && sections.length === 1;
  const allZero = !/[1-9]/.test(text);
  return showsMinus && !allZero ? `-${text}` : text;
}

function formatText(s: string, format: string): string {
  const sections = sectionsOf(format);
  const textSection = sections[3] ?? sections.find((sec) => sec.tokens.some((t) => t.kind === "text"));
  if (!textSection) return s;
  return textSection.tokens.map((t) => (t.kind === "text" ? s : t.kind === "literal" ? t.text : "")).join("");
}

/** The displayed text of one cell value under a number format. */
export function formatDisplay(value: DisplayValue, format: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return formatText(value, format);
  if (typeof value === "object") return value.error;
  return formatNumber(value, format);
}
