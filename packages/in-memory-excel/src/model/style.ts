/**
 * Cell formatting as flat data. A cell's effective format is the workbook default overlaid by its
 * column's, its row's and its own settings — the layering that lets "format all of column A" stay
 * cheap without creating a million cells.
 */

export type BorderSide = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";

export interface Border {
  readonly style: string;
  readonly color: string;
  readonly weight: string;
}

export interface StyleProps {
  readonly numberFormat?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: string;
  readonly strikethrough?: boolean;
  readonly fontColor?: string;
  readonly fontSize?: number;
  readonly fontName?: string;
  /** null: no fill. */
  readonly fillColor?: string | null;
  readonly horizontalAlignment?: string;
  readonly verticalAlignment?: string;
  readonly wrapText?: boolean;
  readonly indentLevel?: number;
  readonly locked?: boolean;
  readonly formulaHidden?: boolean;
  readonly borders?: Readonly<Partial<Record<BorderSide, Border>>>;
}

export type EffectiveStyle = Required<Omit<StyleProps, "borders" | "fillColor">> & {
  readonly fillColor: string | null;
  readonly borders: Readonly<Partial<Record<BorderSide, Border>>>;
};

export interface WorkbookDefaults {
  readonly fontName: string;
  readonly fontSize: number;
  /** Points; Japanese Excel's default with 游ゴシック 11pt. */
  readonly rowHeight: number;
  /** Points (72 px). */
  readonly columnWidth: number;
  /** Names Excel generates: テーブル1, 列1, グラフ 1, and the totals-row label. */
  readonly tableNamePrefix: string;
  readonly columnNamePrefix: string;
  readonly chartNamePrefix: string;
  readonly totalsLabel: string;
}

export const JAPANESE_EXCEL_DEFAULTS: WorkbookDefaults = {
  fontName: "游ゴシック",
  fontSize: 11,
  rowHeight: 18.75,
  columnWidth: 54,
  tableNamePrefix: "テーブル",
  columnNamePrefix: "列",
  chartNamePrefix: "グラフ ",
  totalsLabel: "集計",
};

export function defaultStyle(defaults: WorkbookDefaults): EffectiveStyle {
  return {
    numberFormat: "General",
    bold: false,
    italic: false,
    underline: "None",
    strikethrough: false,
    fontColor: "#000000",
    fontSize: defaults.fontSize,
    fontName: defaults.fontName,
    fillColor: null,
    horizontalAlignment: "General",
    verticalAlignment: "Bottom",
    wrapText: false,
    indentLevel: 0,
    locked: true,
    formulaHidden: false,
    borders: {},
  };
}

/** Overlays `top` on `base`; borders merge side by side. */
export function overlay<T extends StyleProps>(base: T, top: StyleProps | undefined): T {
  if (!top) return base;
  const borders = top.borders ? { ...(base.borders ?? {}), ...top.borders } : base.borders;
  return { ...base, ...top, borders } as T;
}

const NAMED_COLORS: Readonly<Record<string, string>> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgray: "#A9A9A9",
  silver: "#C0C0C0",
  purple: "#800080",
  pink: "#FFC0CB",
  navy: "#000080",
  maroon: "#800000",
  olive: "#808000",
  teal: "#008080",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  lightblue: "#ADD8E6",
  lightgreen: "#90EE90",
  lightyellow: "#FFFFE0",
  darkblue: "#00008B",
  darkgreen: "#006400",
  darkred: "#8B0000",
  gold: "#FFD700",
  brown: "#A52A2A",
};

/** "#ff0000", "red", "#F00" → "#FF0000"; undefined when Excel would reject the colour. */
export function normalizeColor(input: string): string | undefined {
  const s = input.trim();
  const named = NAMED_COLORS[s.toLowerCase()];
  if (named) return named;
  if (/^#[0-9a-fA-F]{6}$/.test(s)) return s.toUpperCase();
  if (/^#[0-9a-fA-F]{3}$/.test(s)) {
    return (
      "#" +
      s
        .slice(1)
        .split("")
        .map((c) => c + c)
        .join("")
        .toUpperCase()
    );
  }
  return undefined;
}
