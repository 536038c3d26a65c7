/** The multi-year KGI section: 【KGI（成果指標の推移）】 and one row per KGI, one column per year and kind. */
import type { Kgi } from "../../department/model";
import type { PlannedCell, StyledRange } from "../../workbook/plan";
import {
  KGI_FIXED_COLUMNS,
  KGI_YEAR_COLUMN_WIDTH,
  type KgiYearColumn,
  defaultKgiYearColumns,
  kgiYearColumns,
  kgiYearHeader,
  mergeKgiYearColumns,
} from "./kgi-table";
import {
  SECTION_TITLE_STYLE,
  type SheetPart,
  TABLE_BODY_STYLE,
  TABLE_HEADER_STYLE,
  TABLE_STYLE,
  dropdown,
  range,
  rawCell,
  textCell,
} from "../sheet-part";
import { DIRECTION_WORDS } from "../vocabulary";

export const KGI_SECTION_TITLE = "【KGI（成果指標の推移）】";

/** Blank rows after the KGIs, for the ones a person adds. */
export const KGI_BLANK_ROWS = 3;

export interface KgiSectionInput {
  readonly kgis: readonly Kgi[];
  readonly fiscalYear: number;
  readonly tableName: string;
  readonly top: number;
  /** Year columns the table has even where no KGI has a value: see yearColumnsFor. */
  readonly yearColumns?: readonly KgiYearColumn[] | undefined;
}

export interface KgiSection extends SheetPart {
  readonly table: { readonly row: number; readonly rowCount: number };
  readonly yearColumns: readonly KgiYearColumn[];
}

/**
 * The year columns: those the KGIs have values for, and those given (a rolled-over table's, see
 * nextKgiYearColumns); given none, a table without KGIs has the default years.
 */
function yearColumnsFor(
  kgis: readonly Kgi[],
  fiscalYear: number,
  columns: readonly KgiYearColumn[] | undefined,
): KgiYearColumn[] {
  return mergeKgiYearColumns(
    kgiYearColumns(kgis),
    columns ?? (kgis.length > 0 ? [] : defaultKgiYearColumns(fiscalYear)),
  );
}

/** How many columns the KGI table of these KGIs (and these year columns, if given) has. */
export function kgiTableWidth(
  kgis: readonly Kgi[],
  fiscalYear: number,
  columns?: readonly KgiYearColumn[] | undefined,
): number {
  return KGI_FIXED_COLUMNS.length + yearColumnsFor(kgis, fiscalYear, columns).length;
}

export function planKgiSection(input: KgiSectionInput): KgiSection {
  const years = yearColumnsFor(input.kgis, input.fiscalYear, input.yearColumns);
  const headers = [...KGI_FIXED_COLUMNS.map((c) => c.header), ...years.map(kgiYearHeader)];
  const headerRow = input.top + 1;
  const bodyRow = headerRow + 1;
  const body: PlannedCell[][] = [
    ...input.kgis.map((kgi, index) => kgiRow(kgi, index + 1, years)),
    ...Array.from({ length: KGI_BLANK_ROWS }, () => [] as PlannedCell[]),
  ];
  const width = headers.length;
  const fixed = KGI_FIXED_COLUMNS.length;
  const styles: StyledRange[] = [
    { range: range(input.top, 0, 1, 1), style: SECTION_TITLE_STYLE },
    { range: range(headerRow, 0, 1, width), style: TABLE_HEADER_STYLE },
    { range: range(bodyRow, 0, body.length, width), style: TABLE_BODY_STYLE },
    { range: range(bodyRow, 1, body.length, 1), style: { wrap: true } },
    { range: range(bodyRow, 0, body.length, 1), style: { horizontal: "center" } },
    { range: range(bodyRow, 2, body.length, 1), style: { horizontal: "center" } },
  ];
  if (years.length > 0) {
    styles.push({ range: range(bodyRow, fixed, body.length, years.length), style: { horizontal: "right" } });
  }
  return {
    height: 2 + body.length,
    table: { row: headerRow, rowCount: 1 + body.length },
    yearColumns: years,
    blocks: [
      { anchor: { row: input.top, column: 0 }, rows: [[KGI_SECTION_TITLE]] },
      { anchor: { row: headerRow, column: 0 }, rows: [headers, ...body] },
    ],
    styles,
    tables: [
      { name: input.tableName, range: range(headerRow, 0, 1 + body.length, width), headers, style: TABLE_STYLE },
    ],
    validations: [dropdown(range(bodyRow, 2, body.length, 1), Object.values(DIRECTION_WORDS))],
    conditionalFormats: [],
    widths: [...KGI_FIXED_COLUMNS.map((c) => c.width), ...years.map(() => KGI_YEAR_COLUMN_WIDTH)],
  };
}

/** Values exactly as written ("△53人", "作業中"); a year the KGI has twice shows its last value. */
function kgiRow(kgi: Kgi, no: number, years: readonly KgiYearColumn[]): PlannedCell[] {
  const values = years.map((column) => {
    const found = kgi.values.filter((v) => v.fiscalYear === column.fiscalYear && v.kind === column.kind).at(-1);
    return found === undefined ? undefined : rawCell(found.value);
  });
  return [no, textCell(kgi.name), DIRECTION_WORDS[kgi.direction], ...values];
}
