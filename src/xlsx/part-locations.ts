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
  const close = xml.lastIndexOf("</sheetData>");
  if (close >= 0) return close + "</sheetData>".length;
  const empty = xml.search(/<sheetData\s*\/>/);
  return empty >= 0 ? empty : 0;
}
