/**
 * Number format codes by cell style, read from xl/styles.xml. Formats 0–163 are built in and not written
 * in the file; their codes here are the ones Office.js reports in `numberFormat` (English form), with the
 * Japanese built-ins of ECMA-376 Part 1 §18.8.30 for ids 27–36 and 50–58.
 */
import { XmlScanner, parseAttributes } from "./xml";

export const GENERAL = "General";

const JAPANESE_ERA_DATE = "[$-411]ge.m.d";
const JAPANESE_ERA_LONG = '[$-411]ggge"年"m"月"d"日"';
const YEAR_MONTH = 'yyyy"年"m"月"';
const MONTH_DAY = 'm"月"d"日"';

export const BUILT_IN_FORMAT_IDS: ReadonlyMap<number, string> = new Map<number, string>([
  [0, GENERAL],
  [1, "0"],
  [2, "0.00"],
  [3, "#,##0"],
  [4, "#,##0.00"],
  [9, "0%"],
  [10, "0.00%"],
  [11, "0.00E+00"],
  [12, "# ?/?"],
  [13, "# ??/??"],
  [14, "m/d/yyyy"],
  [15, "d-mmm-yy"],
  [16, "d-mmm"],
  [17, "mmm-yy"],
  [18, "h:mm AM/PM"],
  [19, "h:mm:ss AM/PM"],
  [20, "h:mm"],
  [21, "h:mm:ss"],
  [22, "m/d/yyyy h:mm"],
  [27, JAPANESE_ERA_DATE],
  [28, JAPANESE_ERA_LONG],
  [29, JAPANESE_ERA_LONG],
  [30, "m/d/yy"],
  [31, 'yyyy"年"m"月"d"日"'],
  [32, 'h"時"mm"分"'],
  [33, 'h"時"mm"分"ss"秒"'],
  [34, YEAR_MONTH],
  [35, MONTH_DAY],
  [36, JAPANESE_ERA_DATE],
  [37, "#,##0 ;(#,##0)"],
  [38, "#,##0 ;[Red](#,##0)"],
  [39, "#,##0.00;(#,##0.00)"],
  [40, "#,##0.00;[Red](#,##0.00)"],
  [45, "mm:ss"],
  [46, "[h]:mm:ss"],
  [47, "mmss.0"],
  [48, "##0.0E+0"],
  [49, "@"],
  [50, JAPANESE_ERA_DATE],
  [51, JAPANESE_ERA_LONG],
  [52, YEAR_MONTH],
  [53, MONTH_DAY],
  [54, JAPANESE_ERA_LONG],
  [55, YEAR_MONTH],
  [56, MONTH_DAY],
  [57, JAPANESE_ERA_DATE],
  [58, JAPANESE_ERA_LONG],
]);

/** The format code of each cell style (`<c s="…">`), in cellXfs order. */
export function cellFormatsFromStyles(xml: string | null): string[] {
  if (xml === null) return [];
  const custom = new Map<number, string>();
  const formats: string[] = [];
  const scanner = new XmlScanner(xml);
  let inCellXfs = false;
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.name === "cellXfs") {
      inCellXfs = !tag.closing && !tag.selfClosing;
    } else if (!tag.closing && tag.name === "numFmt") {
      const attributes = parseAttributes(tag.attributes);
      custom.set(Number(attributes.get("numFmtId")), attributes.get("formatCode") ?? GENERAL);
    } else if (inCellXfs && !tag.closing && tag.name === "xf") {
      const id = Number(parseAttributes(tag.attributes).get("numFmtId") ?? 0);
      formats.push(custom.get(id) ?? BUILT_IN_FORMAT_IDS.get(id) ?? GENERAL);
    }
  }
  return formats;
}
