/**
 * Text as SpreadsheetML stores it (ECMA-376 ST_Xstring). XML 1.0 cannot hold most control characters,
 * so Excel writes a character it cannot put in XML as `_xHHHH_`, and escapes a literal `_xHHHH_` in the
 * text by writing its underscore as `_x005F_`. exceljs does neither: it silently drops control
 * characters, and a carriage return comes back as a line feed (XML end-of-line normalisation). So the
 * adapter encodes every text before exceljs sees it and decodes every text it reads.
 */

const ESCAPE_LOOKALIKE = /_x[0-9A-Fa-f]{4}_/g;
/** An underscore that starts an escape look-alike (look-alikes may overlap: `_x005F_x0041_`). */
const LOOKALIKE_START = /_(?=x[0-9A-Fa-f]{4}_)/g;

/** Characters that do not survive XML: C0 controls except tab and line feed (a CR is normalised away), U+FFFE/F, lone surrogates. */
function needsEscape(code: number, text: string, index: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a;
  if (code === 0xfffe || code === 0xffff) return true;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (code >= 0xdc00 && code <= 0xdfff) {
    const previous = text.charCodeAt(index - 1);
    return !(previous >= 0xd800 && previous <= 0xdbff);
  }
  return false;
}

function hex4(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, "0");
}

export function encodeOoxmlText(text: string): string {
  // Fast path: nearly every text has neither an escape look-alike nor a forbidden character.
  let plain = !text.includes("_x");
  for (let i = 0; plain && i < text.length; i++) if (needsEscape(text.charCodeAt(i), text, i)) plain = false;
  if (plain) return text;
  const guarded = text.replace(LOOKALIKE_START, "_x005F_");
  let out = "";
  for (let i = 0; i < guarded.length; i++) {
    const code = guarded.charCodeAt(i);
    out += needsEscape(code, guarded, i) ? `_x${hex4(code)}_` : guarded[i];
  }
  return out;
}

export function decodeOoxmlText(text: string): string {
  if (!text.includes("_x")) return text;
  // One left-to-right pass: `_x005F_` yields "_" and the scan resumes after it, so `_x005F_x0041_` → `_x0041_`.
  return text.replace(ESCAPE_LOOKALIKE, (whole) => String.fromCharCode(parseInt(whole.slice(2, 6), 16)));
}
