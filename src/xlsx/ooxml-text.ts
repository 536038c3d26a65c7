/**
 * Text as SpreadsheetML stores it (ECMA-376 ST_Xstring). XML 1.0 cannot hold most control characters,
 * so Excel writes a character it cannot put in XML as `_xHHHH_`, and escapes a literal `_xHHHH_` in the
 * text by writing its underscore as `_x005F_`. exceljs does neither: it silently drops control
 * characters, and a carriage return comes back as a line feed (XML end-of-line normalisation). So the
 * adapter encodes every text before exceljs sees it and decodes every text it reads.
 */

const ESCAPE_LOOKALIKE = /_x[0-9A-Fa-f]{4}_/g;
const HEX4_AFTER_X = /^x[0-9A-Fa-f]{4}/;

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
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (needsEscape(code, text, i)) out += `_x${hex4(code)}_`;
    else if (startsLookalike(text, i)) out += "_x005F_";
    else out += text[i];
  }
  return out;
}

/**
 * An underscore that the encoded text would show as the start of `_xHHHH_`: followed by x and four hex
 * digits, then by an underscore or by a character whose own escape begins with one (`_xAAAA` + U+0001
 * is written `_xAAAA_x0001_`). Look-alikes may overlap: `_x005F_x0041_`.
 */
function startsLookalike(text: string, index: number): boolean {
  if (text[index] !== "_" || !HEX4_AFTER_X.test(text.slice(index + 1, index + 6))) return false;
  const after = index + 6;
  return text[after] === "_" || (after < text.length && needsEscape(text.charCodeAt(after), text, after));
}

export function decodeOoxmlText(text: string): string {
  if (!text.includes("_x")) return text;
  // One left-to-right pass: `_x005F_` yields "_" and the scan resumes after it, so `_x005F_x0041_` → `_x0041_`.
  return text.replace(ESCAPE_LOOKALIKE, (whole) => String.fromCharCode(parseInt(whole.slice(2, 6), 16)));
}
