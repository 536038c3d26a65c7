/**
 * What a file is, from its first bytes, before anything tries to unzip it. A password-protected .xlsx is
 * not a zip at all: Excel wraps the encrypted package in an OLE compound file (the container of the old
 * .xls format too), whose directory names a stream "EncryptedPackage".
 */
export type FileKind = "empty" | "zip" | "encrypted" | "compound" | "other";

const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY_ARCHIVE = [0x50, 0x4b, 0x05, 0x06];
const COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/** The directory entry name as the compound file stores it: UTF-16LE. */
const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  outer: for (let i = haystack.indexOf(first ?? 0); i >= 0 && i <= haystack.length - needle.length;) {
    for (let j = 1; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) {
        i = haystack.indexOf(first ?? 0, i + 1);
        continue outer;
      }
    }
    return true;
  }
  return false;
}

export function sniffFile(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY_ARCHIVE)) return "zip";
  // Scanning the whole container for the stream name is cruder than walking its directory, but the
  // name cannot occur by chance in an .xls and a wrong guess only changes which message is shown.
  if (startsWith(bytes, COMPOUND_FILE)) return contains(bytes, ENCRYPTED_PACKAGE) ? "encrypted" : "compound";
  return "other";
}
