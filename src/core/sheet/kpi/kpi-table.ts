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
  | "note"
  | "interimActual"
  | "interimGrade";

export interface KpiColumn {
  readonly key: KpiColumnKey;
  readonly header: string;
  /** Column width in points. */
  readonly width: number;
  /** Computed by a live formula (never typed by the user). */
  readonly computed: boolean;
  /**
   * Other words sheets laid out by hand use for this column (compared after folding widths and removing
   * spaces, years and notes in brackets: 令和7年度目標値 and 目標(R7) are 目標値 of a year).
   */
  readonly synonyms: readonly string[];
  /**
   * A column of the mid-year check (中間実績, 中間評価): last in the table, so the columns before keep the
   * addresses earlier sheets have; Tassei's own tables only (a sheet laid out by hand is read as before).
   */
  readonly interim?: true;
}

export const KPI_COLUMNS: readonly KpiColumn[] = [
  {
    key: "goalNo",
    header: "目標No.",
    width: 48,
    computed: false,
    synonyms: ["目標No", "重点目標No", "No", "NO", "番号", "#"],
  },
  {
    key: "name",
    header: "指標",
    width: 220,
    computed: false,
    synonyms: ["指標名", "成果指標", "評価指標", "目標指標", "活動指標", "成果指標名", "KPI", "KGI", "KPI名", "項目"],
  },
  { key: "unit", header: "単位", width: 48, computed: false, synonyms: [] },
  { key: "direction", header: "方向", width: 48, computed: false, synonyms: ["目標の方向", "増減"] },
  { key: "method", header: "算定方法", width: 60, computed: false, synonyms: ["算出方法", "計算方法"] },
  {
    key: "baseline",
    header: "基準値",
    width: 90,
    computed: false,
    synonyms: ["基準", "現状値", "現状", "当初値", "策定時", "参考値", "基準年度"],
  },
  {
    key: "target",
    header: "目標値",
    width: 90,
    computed: false,
    synonyms: ["目標", "数値目標", "目標数値", "計画値", "目標値(計画)"],
  },
  { key: "actual", header: "実績値", width: 90, computed: false, synonyms: ["実績", "結果", "実績数値"] },
  { key: "status", header: "状況", width: 60, computed: false, synonyms: [] },
  { key: "rate", header: "達成率", width: 60, computed: true, synonyms: ["進捗率", "達成割合"] },
  {
    key: "grade",
    header: "達成度",
    width: 48,
    computed: true,
    synonyms: ["評価", "自己評価", "達成状況", "判定", "評価結果", "総合評価", "達成度評価"],
  },
  { key: "manualGrade", header: "手入力評価", width: 66, computed: false, synonyms: [] },
  { key: "manualReason", header: "評価理由", width: 160, computed: false, synonyms: ["所見", "理由", "評価の理由"] },
  { key: "weight", header: "ウェイト", width: 54, computed: false, synonyms: ["重み", "ウエイト"] },
  { key: "note", header: "備考", width: 160, computed: false, synonyms: ["特記事項"] },
  // The mid-year check (#18): the interim actual as of the header's 中間時点, and grading's 中間評価.
  { key: "interimActual", header: "中間実績", width: 90, computed: false, synonyms: [], interim: true },
  { key: "interimGrade", header: "中間評価", width: 60, computed: true, synonyms: [], interim: true },
];

/** The columns a sheet laid out by hand may have: every column but the mid-year check's. */
export const HAND_MADE_KPI_COLUMNS: readonly KpiColumn[] = KPI_COLUMNS.filter((c) => c.interim !== true);

/** The KPI columns grading writes, by header: 達成率, 達成度 and 中間評価 (what the metadata lists as owned). */
export function kpiOwnedHeaders(): string[] {
  return KPI_COLUMNS.filter((c) => c.computed).map((c) => c.header);
}

/** The headers that identify a KPI table, wherever it is and whatever else it holds. */
export const KPI_SIGNATURE_HEADERS = ["目標値", "実績値", "達成率", "達成度"] as const;

export function kpiColumnIndex(key: KpiColumnKey): number {
  const index = KPI_COLUMNS.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`unknown KPI column ${key}`);
  return index;
}
