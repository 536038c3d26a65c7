/**
 * A zip bomb made from a real workbook: one part replaced by a few hundred KB of deflate data that
 * inflate to `inflatedBytes` (spaces after the part's opening tags), written by streaming deflate so the
 * test never holds the inflated bytes, in a zip written by hand that declares the small original size —
 * as hostile files lie about theirs.
 */
import zlib from "node:zlib";
import JSZip from "jszip";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Deflate data for `prefix` followed by spaces up to `total` bytes, made a megabyte at a time. */
async function inflatingTo(prefix: string, total: number): Promise<{ data: Buffer; size: number }> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve) => deflate.on("end", resolve));
  const head = Buffer.from(prefix);
  deflate.write(head);
  const block = Buffer.alloc(1024 * 1024, 0x20);
  let written = head.length;
  for (; written < total; written += block.length) {
    if (!deflate.write(block)) await new Promise((resolve) => deflate.once("drain", resolve));
  }
  deflate.end();
  await done;
  return { data: Buffer.concat(out), size: written };
}

interface Entry {
  readonly name: Buffer;
  readonly data: Buffer;
  readonly crc: number;
  readonly size: number;
}

/** `part` (or each of `part`) inflates to `inflatedBytes`; the other parts are the base's. */
export async function zipBomb(
  base: Uint8Array,
  part: string | readonly string[],
  inflatedBytes: number,
  /** Declare the true inflated sizes (a lying size is refused as damaged once a part is read whole). */
  honest = false,
): Promise<Buffer> {
  const bombed = new Set(typeof part === "string" ? [part] : part);
  const zip = await JSZip.loadAsync(base);
  const entries: Entry[] = [];
  for (const name of Object.keys(zip.files)) {
    const file = zip.files[name]!;
    if (file.dir) continue;
    const bytes = await file.async("uint8array");
    if (bombed.has(name)) {
      // The part's opening up to its first cells or children, then spaces.
      const opening = new TextDecoder().decode(bytes.slice(0, 400));
      const head = opening.includes("<sheetData")
        ? opening.replace(/<sheetData[\s\S]*$/, "<sheetData>")
        : opening.slice(0, opening.lastIndexOf(">") + 1);
      // Declares the original part's size and CRC: the lie a hostile file tells (unless told to be honest
      // about the size; the CRC is never checked while inflating).
      const inflating = await inflatingTo(head, inflatedBytes);
      entries.push({
        name: Buffer.from(name),
        data: inflating.data,
        crc: crc32(bytes),
        size: honest ? inflating.size : bytes.length,
      });
    } else {
      entries.push({
        name: Buffer.from(name),
        data: zlib.deflateRawSync(bytes),
        crc: crc32(bytes),
        size: bytes.length,
      });
    }
  }
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(entry.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, entry.name, entry.data);
    centrals.push(central, entry.name);
    offset += local.length + entry.name.length + entry.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
