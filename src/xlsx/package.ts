/**
 * The .xlsx file as an Open Packaging Conventions zip: parts, relationships and content types. Both the
 * reader (which does not go through exceljs, see read-snapshot.ts) and the writer's post-processing
 * (custom properties, internal hyperlinks) find their parts through here.
 */
import JSZip from "jszip";
import { XmlScanner, parseAttributes } from "./xml";

export type Package = JSZip;

export const RELATIONSHIP_TYPES = {
  officeDocument: "/officeDocument",
  worksheet: "/worksheet",
  sharedStrings: "/sharedStrings",
  styles: "/styles",
  table: "/table",
  hyperlink: "/hyperlink",
  customProperty: "/customProperty",
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** A part path inside the package without leading slash, or the raw target when external. */
  readonly target: string;
  readonly external: boolean;
}

export async function openPackage(bytes: Uint8Array): Promise<Package> {
  return JSZip.loadAsync(bytes);
}

/** A part by path, matched case-insensitively as OPC requires; null if absent. */
export function findPart(zip: Package, path: string): JSZip.JSZipObject | null {
  const exact = zip.file(path);
  if (exact) return exact;
  const wanted = path.toLowerCase();
  let found: JSZip.JSZipObject | null = null;
  zip.forEach((name, entry) => {
    if (!found && !entry.dir && name.replace(/^\//, "").toLowerCase() === wanted) found = entry;
  });
  return found;
}

/**
 * The most a part may inflate to. A zip bomb (a few MB that claim to hold gigabytes) is stopped while
 * inflating, at this limit, before the memory is spent; the sizes a zip declares are not trusted. A
 * worksheet of the 5,000,000 cells the reader takes at most is well under it.
 */
export const MAX_PART_BYTES = 256 * 1024 * 1024;

/** A part inflates past MAX_PART_BYTES: the file is refused as too large, not as damaged. */
export class PartTooLarge extends Error {
  constructor(
    readonly part: string,
    readonly limit: number,
  ) {
    super(`${part} inflates to more than ${limit} bytes`);
  }
}

/**
 * The most all the parts of one package may inflate to together: many parts, each under MAX_PART_BYTES,
 * would otherwise add up to gigabytes of work and memory. Two sheets of the reader's largest size fit.
 */
export const MAX_PACKAGE_BYTES = 1024 * 1024 * 1024;

/** The parts of a package inflate past MAX_PACKAGE_BYTES together. */
export class PackageTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`the parts inflate to more than ${limit} bytes together`);
  }
}

/** Bytes inflated so far, per opened package. */
const inflated = new WeakMap<Package, number>();

export async function partText(zip: Package, path: string): Promise<string | null> {
  const bytes = await partBytes(zip, path);
  return bytes === null ? null : new TextDecoder("utf-8").decode(bytes);
}

export async function partBytes(
  zip: Package,
  path: string,
  limit: number = MAX_PART_BYTES,
): Promise<Uint8Array | null> {
  const part = findPart(zip, path);
  if (!part) return null;
  const used = inflated.get(zip) ?? 0;
  const budget = MAX_PACKAGE_BYTES - used;
  try {
    const bytes = await inflate(part, Math.min(limit, budget));
    inflated.set(zip, used + bytes.length);
    return bytes;
  } catch (error) {
    // Stopped by what the package had left rather than by the part's own limit: the package is too large.
    if (error instanceof PartTooLarge && budget < limit) throw new PackageTooLarge(MAX_PACKAGE_BYTES);
    throw error;
  }
}

interface InflateStream {
  on(event: "data", listener: (chunk: Uint8Array) => void): InflateStream;
  on(event: "error", listener: (error: Error) => void): InflateStream;
  on(event: "end", listener: () => void): InflateStream;
  pause(): InflateStream;
  resume(): InflateStream;
}

interface StreamingPart {
  internalStream(type: "uint8array"): InflateStream;
}

/** The part's bytes, inflated chunk by chunk and counted, stopped past `limit`. */
function inflate(part: JSZip.JSZipObject, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let stopped = false;
    // JSZip's documented internalStream (missing from its type declarations) inflates chunk by chunk.
    const stream = (part as unknown as StreamingPart).internalStream("uint8array");
    stream
      .on("data", (chunk: Uint8Array) => {
        if (stopped) return;
        total += chunk.length;
        if (total > limit) {
          stopped = true;
          stream.pause();
          reject(new PartTooLarge(part.name, limit));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (error: Error) => {
        if (!stopped) reject(error);
      })
      .on("end", () => {
        if (stopped) return;
        const bytes = new Uint8Array(total);
        let offset = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, offset);
          offset += chunk.length;
        }
        resolve(bytes);
      })
      .resume();
  });
}

export function relationshipsPath(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** Resolves a relative target against the folder of the part that names it ("../tables/table1.xml"). */
export function resolvePartPath(fromPart: string, target: string): string {
  if (target.startsWith("/")) return normalise(target.slice(1).split("/"));
  const folder = fromPart.split("/").slice(0, -1);
  return normalise([...folder, ...target.split("/")]);
}

function normalise(segments: string[]): string {
  const out: string[] = [];
  for (const segment of segments) {
    if (segment === "..") out.pop();
    else if (segment !== "." && segment !== "") out.push(segment);
  }
  return out.join("/");
}

export async function relationships(zip: Package, partPath: string): Promise<Relationship[]> {
  const xml = await partText(zip, relationshipsPath(partPath));
  return xml === null ? [] : parseRelationships(xml, partPath);
}

export function parseRelationships(xml: string, partPath: string): Relationship[] {
  const result: Relationship[] = [];
  const scanner = new XmlScanner(xml);
  for (let tag = scanner.next(); tag; tag = scanner.next()) {
    if (tag.closing || tag.name !== "Relationship") continue;
    const attributes = parseAttributes(tag.attributes);
    const id = attributes.get("Id") ?? "";
    const target = attributes.get("Target") ?? "";
    const external = attributes.get("TargetMode") === "External";
    result.push({
      id,
      type: attributes.get("Type") ?? "",
      target: external ? target : resolvePartPath(partPath, target),
      external,
    });
  }
  return result;
}

export function isType(relationship: Relationship, suffix: string): boolean {
  return relationship.type.endsWith(suffix);
}

/**
 * A relationships part with `relationships` (Relationship elements) added at its end. A part written
 * with a self-closing root (`<Relationships …/>`) is opened first, so nothing added is lost.
 */
export function withRelationships(rels: string, relationships: string): string {
  const opened = rels.replace(/<((?:\w+:)?)Relationships\b([^>]*?)\/>/, "<$1Relationships$2></$1Relationships>");
  return opened.replace(/<\/((?:\w+:)?)Relationships>/, (close) => `${relationships}${close}`);
}
