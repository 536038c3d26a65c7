/**
 * The KPI table (指標表) of a department sheet: one Excel table, one row per indicator. The column list
 * is the single source of the layout: headers, order, widths and which columns Tassei computes. Header
 * names are Japanese and include exactly 目標値, 実績値, 達成率 and 達成度, which is also how a table
 * the user built by copying ours is recognised.
 */
export type KpiColumnKey =
  | "goalNo"
  | "name"
  | "unit"
  | "direction"
  | "method"
  | "baseline"
  | "target"
  | "actual"
  | "status"
  | "rate"
  | "grade"
  | "manualGrade"
  | "manualReason"
  | "weight"
  | "note";

export interface KpiColumn {
  readonly key: KpiColumnKey;
  readonly header: string;
  /** Column width in points. */
  readonly width: number;
  /** Computed by a live formula (never typed by the user). */
  readonly computed: boolean;
}

export const KPI_COLUMNS: readonly KpiColumn[] = [
  { key: "goalNo", header: "目標No.", width: 48, computed: false },
  { key: "name", header: "指標", width: 220, computed: false },
  { key: "unit", header: "単位", width: 48, computed: false },
  { key: "direction", header: "方向", width: 48, computed: false },
  { key: "method", header: "算定方法", width: 60, computed: false },
  { key: "baseline", header: "基準値", width: 90, computed: false },
  { key: "target", header: "目標値", width: 90, computed: false },
  { key: "actual", header: "実績値", width: 90, computed: false },
  { key: "status", header: "状況", width: 60, computed: false },
  { key: "rate", header: "達成率", width: 60, computed: true },
  { key: "grade", header: "達成度", width: 48, computed: true },
  { key: "manualGrade", header: "手入力評価", width: 66, computed: false },
  { key: "manualReason", header: "評価理由", width: 160, computed: false },
  { key: "weight", header: "ウェイト", width: 54, computed: false },
  { key: "note", header: "備考", width: 160, computed: false },
];

/** The headers that identify a KPI table, wherever it is and whatever else it holds. */
export const KPI_SIGNATURE_HEADERS = ["目標値", "実績値", "達成率", "達成度"] as const;

export function kpiColumnIndex(key: KpiColumnKey): number {
  const index = KPI_COLUMNS.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`unknown KPI column ${key}`);
  return index;
}
