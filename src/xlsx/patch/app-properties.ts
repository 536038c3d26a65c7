/**
 * docProps/app.xml lists the workbook's sheet names (TitlesOfParts, counted per kind in HeadingPairs;
 * the worksheets come first). A sheet added in place is added there too, so the file's own table of
 * contents agrees with its sheets. A part laid out otherwise is left as it is: Excel does not read it.
 */
import { escapeXml } from "../xml";

export function withSheetTitles(xml: string, added: readonly string[]): string {
  if (added.length === 0) return xml;
  const pairs =
    /<HeadingPairs>\s*<vt:vector size="(\d+)" baseType="variant">([\s\S]*?)<\/vt:vector>\s*<\/HeadingPairs>/.exec(xml);
  const titles =
    /<TitlesOfParts>\s*<vt:vector size="(\d+)" baseType="lpstr">([\s\S]*?)<\/vt:vector>\s*<\/TitlesOfParts>/.exec(xml);
  if (!pairs || !titles) return xml;
  // The first heading pair counts the worksheets (its label is localised: "Worksheets", "ワークシート").
  const firstCount =
    /^\s*<vt:variant>\s*<vt:lpstr>[^<]*<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>(\d+)<\/vt:i4>/.exec(
      pairs[2] ?? "",
    );
  if (!firstCount) return xml;
  const sheets = Number(firstCount[1]);
  const entries = [...(titles[2] ?? "").matchAll(/<vt:lpstr>[\s\S]*?<\/vt:lpstr>|<vt:lpstr\/>/g)].map((m) => m[0]);
  if (entries.length !== Number(titles[1]) || sheets > entries.length) return xml;
  const names = added.map((name) => `<vt:lpstr>${escapeXml(name)}</vt:lpstr>`);
  const listed = [...entries.slice(0, sheets), ...names, ...entries.slice(sheets)];
  const newPairs = pairs[0].replace(
    firstCount[0],
    firstCount[0].replace(`<vt:i4>${sheets}</vt:i4>`, `<vt:i4>${sheets + added.length}</vt:i4>`),
  );
  const newTitles = `<TitlesOfParts><vt:vector size="${listed.length}" baseType="lpstr">${listed.join("")}</vt:vector></TitlesOfParts>`;
  return xml.replace(pairs[0], newPairs).replace(titles[0], newTitles);
}
