/**
 * The unit a KPI row's 単位 cell gives its bare numbers. A city sheet writes the unit once, in 単位, and
 * the numbers bare (目標値 500, 単位 t), so a bare number is in that unit; a value typed with a unit of its
 * own (`450kg`) is then compared with it as the engine compares two units (unit-scale.ts): converted where
 * they are one kind (kg against t, 円 against 千円), unit_mismatch where they are not (件 against t).
 *
 * Only units whose meaning a bare number must not lose count: the metric ones the engine converts, ha,
 * %, 円, and a counter with 千・万・百万・千万・億・兆 before it (1.5 in a 万人 row is 15,000人). A plain counter
 * (件, 人, 回 …) gives no unit: its bare numbers are already counted in it, and a value typed with another
 * spelling of the same thing (35名 in a 人 row, 8か所 in a 箇所 row) must grade as it always has. Anything
 * else in 単位 — a word such as 満足度, a compound unit such as 人/年, a note in brackets — gives no unit
 * either, and the row is read as it was before 単位 counted: its bare numbers take no unit.
 */
import { parseCell } from "../numbers/parse";
import { METRIC_UNITS, SCALE_WORDS } from "../rules/unit-scale";
import type { GradeCell } from "./sheet-cells";

/** Units a bare number is read in without a scale word: the ones whose kind the engine converts or checks. */
const MEASURED: ReadonlySet<string> = new Set([...METRIC_UNITS, "ha", "%", "円"]);

/** Counters that take a bare number only with a scale word before them (万人, 千件). */
const COUNTERS: readonly string[] = [
  "件",
  "人",
  "名",
  "者",
  "回",
  "分",
  "秒",
  "時間",
  "日",
  "年",
  "歳",
  "世帯",
  "戸",
  "棟",
  "社",
  "団体",
  "事業所",
  "店",
  "校",
  "園",
  "施設",
  "箇所",
  "か所",
  "台",
  "枚",
  "冊",
  "本",
  "個",
  "頭",
  "点",
  "倍",
  "組",
  "席",
];

/** Units a bare number can take from 単位: one thing counted or measured, in the parser's spelling. */
const ROW_UNITS: ReadonlySet<string> = new Set([...MEASURED, ...COUNTERS]);

/**
 * The unit of the row's 単位 cell, as the engine names units (`千円` for 千円, `t` for ｔ), or null when the
 * cell is blank or holds no unit Tassei is sure of.
 */
export function rowUnitOf(cell: GradeCell | undefined): string | null {
  const text = cell?.value;
  if (typeof text !== "string") return null;
  const unit = text.trim();
  if (unit === "") return null;
  // The parser reads the unit as it reads one after a number, so 単位 and the values speak alike.
  const read = parseCell(`1${unit}`);
  if (!read.ok || read.kind !== "number" || read.unit === null || !ROW_UNITS.has(read.unit)) return null;
  if (read.flags.length > 0 || read.note !== undefined || read.label !== undefined) return null;
  const { coefficient, scale } = read.value;
  if (scale !== 0) return null;
  if (coefficient === 1) return MEASURED.has(read.unit) ? read.unit : null;
  // 千円, 万人, 億円: the engine's spelling of that power of ten before the unit; 割 and the like are not units.
  if (read.unit === "%") return null;
  for (const [word, exponent] of SCALE_WORDS) if (10 ** exponent === coefficient) return `${word}${read.unit}`;
  return null;
}
