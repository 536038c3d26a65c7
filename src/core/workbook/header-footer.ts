/**
 * Page headers and footers in Excel's header codes, the one place that writes them. In a header `&` starts a
 * code (`&P` the page number, `&N` the number of pages, `&C` the centre section…), so an ampersand meant as
 * text is written `&&`. Office.js takes a section's text (`centerHeader`); a file stores the whole header with
 * its section codes (`<oddHeader>&C…</oddHeader>`): both come from here.
 */
import { MAX_ROWS } from "@tassei/excel-rules";
import type { PrintPlan } from "./plan";

/** "page X / Y": the page number and the number of pages. */
export const PAGE_NUMBERS_CODE = "&P / &N";

/** Excel's limit for a header or a footer, in characters (Excel's specifications and limits). */
export const MAX_HEADER_FOOTER_LENGTH = 255;

/** The section code a file puts before the centre section's text. */
const CENTER_SECTION = "&C";

/**
 * Plain text as a header section holds it: every `&` doubled, so Excel prints it instead of reading a code.
 * A text too long for a header (with its section code) is cut, ending in "…", never inside a `&&`.
 */
export function headerSectionText(text: string): string {
  const escape = (characters: readonly string[]) => characters.join("").replace(/&/g, "&&");
  const room = MAX_HEADER_FOOTER_LENGTH - CENTER_SECTION.length;
  const characters = [...text];
  if (escape(characters).length <= room) return escape(characters);
  while (characters.length > 0 && escape([...characters, "…"]).length > room) characters.pop();
  return escape([...characters, "…"]);
}

/** The centre sections a print plan asks for, in header codes ("" for none); null when it names neither. */
export function centerSections(print: PrintPlan): { readonly header: string; readonly footer: string } | null {
  if (print.header === undefined && print.footer === undefined) return null;
  return {
    header: print.header === undefined ? "" : headerSectionText(print.header),
    footer: print.footer === "pages" ? PAGE_NUMBERS_CODE : "",
  };
}

/**
 * The header and footer as a file stores them (`oddHeader`, `oddFooter`: every page unless the sheet asks
 * for different first or even pages), each null when empty; null when the plan names neither.
 */
export function headerFooterCodes(
  print: PrintPlan,
): { readonly oddHeader: string | null; readonly oddFooter: string | null } | null {
  const sections = centerSections(print);
  if (sections === null) return null;
  const code = (section: string) => (section === "" ? null : CENTER_SECTION + section);
  return { oddHeader: code(sections.header), oddFooter: code(sections.footer) };
}

/** The plan's row breaks, each once, top to bottom, within the sheet (none above its first row). */
export function plannedRowBreaks(print: PrintPlan): number[] {
  return [...new Set(print.rowBreaks ?? [])]
    .filter((row) => Number.isInteger(row) && row > 0 && row < MAX_ROWS)
    .sort((a, b) => a - b);
}
