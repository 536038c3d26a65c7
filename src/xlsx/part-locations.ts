/** Where things are between and inside the parts of a package, for the post-processing of a saved file. */

/** The target of a relationship from `fromPart` to `toPart`, relative to the first's folder ("../charts/chart1.xml"). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/**
 * Where a worksheet part's tail starts: just after `</sheetData>` (or at an empty `<sheetData/>`). The
 * post-processing edits only the tail, so cell text is never rewritten.
 */
export function worksheetTailStart(xml: string): number {
  // Any prefix (`</x:sheetData>`): some programs write SpreadsheetML with one.
  const close = xml.lastIndexOf("sheetData>");
  if (close >= 0 && /<\/(?:\w+:)?$/.test(xml.slice(Math.max(0, close - 20), close))) return close + "sheetData>".length;
  const empty = xml.search(/<(?:\w+:)?sheetData\s*\/>/);
  return empty >= 0 ? empty : 0;
}

/** A start or end tag (attribute values may hold ">"), or a comment, CDATA or processing instruction. */
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([\w.:-]+)(?:"[^"]*"|'[^']*'|[^'">])*?(\/?)>/g;

/**
 * Where, in a worksheet's tail (worksheetTailStart), the first of the worksheet's own child elements
 * named `names` (local names) starts — or its `</worksheet>`, the place to append at. Elements nested
 * deeper are never taken: a data bar's `<extLst>` inside a `<cfRule>` is not the sheet's extension list.
 * -1 when neither is found.
 */
export function worksheetChildAt(tail: string, names: readonly string[]): number {
  let depth = 0;
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(tail); match !== null; match = MARKUP.exec(tail)) {
    const name = match[2];
    if (name === undefined) continue;
    const local = name.slice(name.indexOf(":") + 1);
    if (match[1] === "/") {
      if (depth === 0) return match.index;
      depth -= 1;
      continue;
    }
    if (depth === 0 && names.includes(local)) return match.index;
    if (match[3] !== "/") depth += 1;
  }
  return -1;
}

/** A worksheet's own elements, in the order ECMA-376 (CT_Worksheet) requires. */
export const WORKSHEET_CHILD_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/** The worksheet elements that must come after `element`: where to insert it (worksheetChildAt). */
export function elementsAfter(element: WorksheetChild): readonly string[] {
  return WORKSHEET_CHILD_ORDER.slice(WORKSHEET_CHILD_ORDER.indexOf(element) + 1);
}

export type WorksheetChild = (typeof WORKSHEET_CHILD_ORDER)[number];
