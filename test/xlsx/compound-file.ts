/**
 * A minimal OLE compound file (MS-CFB version 3) holding named streams: the container of .xls files and
 * of password-protected .xlsx files (streams "EncryptionInfo" and "EncryptedPackage"). Streams are padded
 * to 4,096 bytes so they live in ordinary sectors and no mini stream is needed.
 */
const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

export function compoundFile(streams: readonly { name: string; data: Uint8Array }[]): Uint8Array {
  if (streams.length > 3) throw new Error("one directory sector holds the root and three streams");
  const padded = streams.map((s) => {
    const size = Math.max(4096, Math.ceil(s.data.length / SECTOR) * SECTOR);
    const data = new Uint8Array(size);
    data.set(s.data);
    return { name: s.name, data, size: Math.max(4096, s.data.length) };
  });
  const streamSectors = padded.map((s) => s.data.length / SECTOR);
  const totalSectors = 2 + streamSectors.reduce((a, b) => a + b, 0);
  const file = new Uint8Array(SECTOR * (1 + totalSectors));
  const view = new DataView(file.buffer);

  // Header.
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x003e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true); // FAT sectors
  view.setUint32(0x30, 1, true); // first directory sector
  view.setUint32(0x38, 4096, true); // mini stream cutoff
  view.setUint32(0x3c, END_OF_CHAIN, true);
  view.setUint32(0x44, END_OF_CHAIN, true);
  view.setUint32(0x4c, 0, true); // DIFAT[0]: the FAT is sector 0
  for (let i = 1; i < 109; i++) view.setUint32(0x4c + i * 4, FREE, true);

  const sectorOffset = (n: number) => SECTOR * (1 + n);
  // FAT: sector 0 is the FAT, sector 1 the directory, then each stream's chain.
  const fat = new Array<number>(SECTOR / 4).fill(FREE);
  fat[0] = FAT_SECTOR;
  fat[1] = END_OF_CHAIN;
  let next = 2;
  const starts: number[] = [];
  for (const count of streamSectors) {
    starts.push(next);
    for (let i = 0; i < count; i++) fat[next + i] = i === count - 1 ? END_OF_CHAIN : next + i + 1;
    next += count;
  }
  fat.forEach((value, i) => view.setUint32(sectorOffset(0) + i * 4, value, true));

  // Directory: root entry, then the streams as a chain of right siblings.
  const entry = (
    index: number,
    name: string,
    type: number,
    child: number,
    right: number,
    start: number,
    size: number,
  ) => {
    const at = sectorOffset(1) + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(at + i * 2, name.charCodeAt(i), true);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    file[at + 0x42] = type;
    file[at + 0x43] = 1; // black
    view.setUint32(at + 0x44, NO_STREAM, true);
    view.setUint32(at + 0x48, right, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, start, true);
    view.setUint32(at + 0x78, size, true);
  };
  entry(0, "Root Entry", 5, streams.length > 0 ? 1 : NO_STREAM, NO_STREAM, END_OF_CHAIN, 0);
  padded.forEach((s, i) => {
    entry(i + 1, s.name, 2, NO_STREAM, i + 1 < padded.length ? i + 2 : NO_STREAM, starts[i] ?? 0, s.size);
  });
  for (let i = padded.length + 1; i < 4; i++) {
    const at = sectorOffset(1) + i * 128;
    view.setUint32(at + 0x44, NO_STREAM, true);
    view.setUint32(at + 0x48, NO_STREAM, true);
    view.setUint32(at + 0x4c, NO_STREAM, true);
  }
  padded.forEach((s, i) => file.set(s.data, sectorOffset(starts[i] ?? 0)));
  return file;
}

/** What Excel writes for a workbook saved with a password (contents are random here). */
export function encryptedWorkbook(): Uint8Array {
  const info = new Uint8Array(512);
  info.set([4, 0, 4, 0, 0x40, 0, 0, 0]); // agile encryption, version 4.4
  const payload = new Uint8Array(8192).map((_, i) => (i * 37 + 11) & 0xff);
  return compoundFile([
    { name: "EncryptionInfo", data: info },
    { name: "EncryptedPackage", data: payload },
  ]);
}

/** An Excel 97–2003 workbook's container: one "Workbook" stream of BIFF records (a BOF record here). */
export function legacyWorkbook(): Uint8Array {
  const biff = new Uint8Array(4096);
  biff.set([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]);
  return compoundFile([{ name: "Workbook", data: biff }]);
}
