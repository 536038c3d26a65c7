/**
 * Character classes of the number scanner, on UTF-16 code units.
 *
 * Full-width forms are folded one code unit at a time (`fold`) instead of running NFKC over the
 * whole cell: it costs nothing for ASCII cells, allocates nothing, and leaves alone what NFKC
 * would spoil (NFKC turns `km²` into `km2`, `①` into `1`, `㍻` into `平成`).
 */

export const SPACE = 0x20;
export const COMMA = 0x2c;
export const DOT = 0x2e;
export const SLASH = 0x2f;
export const COLON = 0x3a;
export const PERCENT = 0x25;
export const NOTE_MARK = 0x203b; // ※
export const WARI = 0x5272; // 割
export const BU = 0x5206; // 分 (1/10 of 割)
export const RIN = 0x5398; // 厘 (1/100 of 割)
export const YEN_SIGN = 0xa5; // ¥ (and ￥ folds to it)

/** Full-width ASCII (！…～) to ASCII, ideographic and other wide spaces to a plain space. */
function foldOf(c: number): number {
  if (c < 0x80) return c === 0x09 || c === 0x0a || c === 0x0d ? SPACE : c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  switch (c) {
    case 0x3000: // ideographic space
    case 0x00a0: // no-break space
    case 0x2002:
    case 0x2003:
    case 0x2009:
    case 0x200a:
    case 0x200b: // zero-width space, left behind by copy and paste
    case 0x202f:
    case 0x205f:
    case 0xfeff:
      return SPACE;
    case 0xffe5: // ￥ full-width yen
      return YEN_SIGN;
    case 0xff64: // ､ half-width ideographic comma
      return 0x3001;
    case 0xff61: // ｡
      return 0x3002;
    default:
      return c;
  }
}

export function isSpace(c: number): boolean {
  return c === SPACE;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/*
 * Table lookups take `c & 0xffff` so that every index is in bounds: the scanner's "past the end"
 * (−1) and charCodeAt's NaN land on U+FFFF and U+0000, which are nothing, instead of sending V8
 * down its slow out-of-bounds path.
 */
export function fold(c: number): number {
  return FOLD[c & 0xffff] as number;
}

export function isWordChar(c: number): boolean {
  return ((CLASS[c & 0xffff] as number) & WORD) !== 0;
}

/** △ ▲ − ‐ and friends: the ways Japanese documents write a minus sign (already folded). */
export function isMinus(c: number): boolean {
  switch (c) {
    case 0x2d: // - (and － folded)
    case 0x2212: // −
    case 0x2010: // ‐
    case 0x2011: // ‑
    case 0x2012: // ‒
    case 0x2013: // –
    case 0xfe63: // ﹣
    case 0x25b3: // △
    case 0x25b2: // ▲
      return true;
    default:
      return false;
  }
}

export function isPlus(c: number): boolean {
  return c === 0x2b;
}

/** Value of a kanji digit (〇一二…九, 零, and the legal forms 壱弐参), or −1. */
export function kanjiDigit(c: number): number {
  switch (c) {
    case 0x3007: // 〇
    case 0x96f6: // 零
      return 0;
    case 0x4e00: // 一
    case 0x58f1: // 壱
      return 1;
    case 0x4e8c: // 二
    case 0x5f10: // 弐
      return 2;
    case 0x4e09: // 三
    case 0x53c2: // 参
      return 3;
    case 0x56db:
      return 4; // 四
    case 0x4e94:
      return 5; // 五
    case 0x516d:
      return 6; // 六
    case 0x4e03:
      return 7; // 七
    case 0x516b:
      return 8; // 八
    case 0x4e5d:
      return 9; // 九
    default:
      return -1;
  }
}

/** Power of ten of 十 百 千 (and 拾), or 0. */
export function smallMultiplier(c: number): number {
  switch (c) {
    case 0x5341: // 十
    case 0x62fe: // 拾
      return 1;
    case 0x767e: // 百
      return 2;
    case 0x5343: // 千
      return 3;
    default:
      return 0;
  }
}

/** Power of ten of 万 億 兆, or 0. */
export function bigMultiplier(c: number): number {
  switch (c) {
    case 0x4e07: // 万
    case 0x842c: // 萬
      return 4;
    case 0x5104: // 億
      return 8;
    case 0x5146: // 兆
      return 12;
    default:
      return 0;
  }
}

/** The closing partner of an opening bracket, or 0. `<` counts: rates are written `<100.71%>`. */
export function closingBracket(c: number): number {
  switch (c) {
    case 0x28:
      return 0x29; // ( )
    case 0x5b:
      return 0x5d; // [ ]
    case 0x3c:
      return 0x3e; // < >
    case 0x7b:
      return 0x7d; // { }
    case 0x3008:
      return 0x3009; // 〈 〉
    case 0x300a:
      return 0x300b; // 《 》
    case 0x3010:
      return 0x3011; // 【 】
    case 0x3014:
      return 0x3015; // 〔 〕
    case 0x300c:
      return 0x300d; // 「 」
    default:
      return 0;
  }
}

/**
 * Characters a unit or a label is made of: letters, kana, kanji, and the few signs units use
 * (% ‰ ° ² ³ ℃ µ, squared units like ㎡). Digits, spaces, brackets and punctuation end a unit.
 */
function isWordCharOf(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === PERCENT;
  if (c >= 0x4e00 && c <= 0x9fff) return true; // CJK ideographs
  if (c >= 0x3041 && c <= 0x30ff) return c !== 0x30fb; // kana (and ー), but not the middle dot ・
  if (c >= 0x3400 && c <= 0x4dbf) return true; // CJK extension A
  if (c >= 0xff66 && c <= 0xff9f) return true; // half-width katakana
  if (c >= 0x3380 && c <= 0x33ff) return true; // squared units ㎡ ㎞ ㎏ …
  switch (c) {
    case 0xb0: // °
    case 0xb2: // ²
    case 0xb3: // ³
    case 0xb5: // µ
    case 0x3bc: // μ
    case 0x2030: // ‰
    case 0x2103: // ℃
    case 0x2109: // ℉
    case 0x3005: // 々
    case 0x3006: // 〆
    case 0x30f6: // ヶ
    case 0x2113: // ℓ
      return true;
    default:
      return c >= 0xf900 && c <= 0xfaff; // CJK compatibility ideographs
  }
}

/** Joiners allowed inside a unit or label when a word character follows: `ha/年`, `個人版・企業版`. */
export function isInnerJoiner(c: number): boolean {
  return c === SLASH || c === 0x30fb || c === 0xff65 || c === 0x5f; // / ・ ･ _
}

/**
 * Folds a piece of text for display as a unit or label: full-width ASCII to ASCII, squared unit
 * signs to letters, half-width katakana to full-width. Returns the input itself when nothing changes.
 */
export function foldText(text: string): string {
  let needs = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 && (fold(c) !== c || (c >= 0x3380 && c <= 0x33ff) || (c >= 0xff66 && c <= 0xff9f))) {
      needs = true;
      break;
    }
  }
  if (!needs) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const squared = SQUARED_UNITS[c];
    if (squared !== undefined) out += squared;
    else out += String.fromCharCode(fold(c));
  }
  // Half-width katakana (ｹﾝ, ﾊﾟｰｾﾝﾄ) need NFKC to join their voicing marks; nothing else here does.
  return /[\uff66-\uff9f]/.test(out) ? out.normalize("NFKC") : out;
}

const SQUARED_UNITS: Readonly<Record<number, string>> = {
  0x33a1: "m²", // ㎡
  0x33a2: "km²", // ㎢
  0x339e: "km", // ㎞
  0x339d: "cm", // ㎝
  0x339c: "mm", // ㎜
  0x338f: "kg", // ㎏
  0x338e: "mg", // ㎎
  0x3397: "dl", // ㎗
  0x33a5: "m³", // ㎥
  0x33c4: "cc", // ㏄
  0x33ca: "ha", // ㏊
};

/*
 * Lookup tables over all UTF-16 code units, built once at load (about a millisecond): the scanner
 * asks "fold this" and "is this a word character" for every character of every cell.
 */
const WORD = 1;
const FOLD: Uint16Array = new Uint16Array(0x10000);
const CLASS: Uint8Array = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) {
  FOLD[c] = foldOf(c);
  if (isWordCharOf(c)) CLASS[c] = WORD;
}
