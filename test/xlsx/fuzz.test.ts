/**
 * The package reader over mutated real workbooks (issue #15): bit flips, truncation and parts swapped
 * with each other. Whatever it is given, the reader ends in a snapshot or one of its typed failures —
 * never an exception, never a hang — and a snapshot never holds more cells than its limit.
 */
import fc from "fast-check";
import JSZip from "jszip";
import { readSnapshotFromXlsx } from "../../src/xlsx";
import { MAX_SNAPSHOT_CELLS } from "../../src/xlsx/read-snapshot";
import type { XlsxReadFailureReason } from "../../src/xlsx/types";
import { departmentWorkbookBytes } from "../support/department-files";

jest.setTimeout(120_000);

const REASONS: readonly XlsxReadFailureReason[] = [
  "empty",
  "encrypted",
  "legacy",
  "not-zip",
  "corrupt",
  "not-workbook",
  "too-large",
  "inflated-too-large",
];

let bases: Uint8Array[];
/** Outcomes met, so the last test can check the mutations reached past the zip's first bytes. */
const seen: Record<string, number> = {};
beforeAll(async () => {
  bases = [
    await departmentWorkbookBytes("総務部", { indicators: 6 }),
    await departmentWorkbookBytes("市民部", { graded: { now: new Date("2026-03-31T00:00:00Z") } }),
  ];
});

async function expectTypedOutcome(bytes: Uint8Array): Promise<void> {
  const read = await readSnapshotFromXlsx(bytes, { sheets: "all" });
  seen[read.ok ? "ok" : read.failure.reason] = (seen[read.ok ? "ok" : read.failure.reason] ?? 0) + 1;
  if (read.ok) {
    for (const sheet of read.snapshot.sheets) {
      const cells = sheet.used ? sheet.used.rowCount * sheet.used.columnCount : 0;
      expect(cells).toBeLessThanOrEqual(MAX_SNAPSHOT_CELLS);
    }
  } else {
    expect(REASONS).toContain(read.failure.reason);
    expect(read.failure.message.ja.length).toBeGreaterThan(0);
    expect(read.failure.message.en.length).toBeGreaterThan(0);
  }
}

it("flipped bits", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.nat(1),
      fc.array(fc.tuple(fc.nat(), fc.nat(7)), {
        minLength: 1,
        maxLength: 20,
      }),
      async (which, flips) => {
        const bytes = new Uint8Array(bases[which]!);
        for (const [at, bit] of flips) {
          const i = at % bytes.length;
          bytes[i] = bytes[i]! ^ (1 << bit);
        }
        await expectTypedOutcome(bytes);
      },
    ),
    { numRuns: 120 },
  );
});

it("truncated", async () => {
  await fc.assert(
    fc.asyncProperty(fc.nat(1), fc.nat(), async (which, keep) => {
      const base = bases[which]!;
      await expectTypedOutcome(base.slice(0, keep % base.length));
    }),
    { numRuns: 60 },
  );
});

it("parts swapped with each other", async () => {
  await fc.assert(
    fc.asyncProperty(fc.nat(1), fc.nat(), fc.nat(), async (which, a, b) => {
      const zip = await JSZip.loadAsync(bases[which]!);
      const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
      const first = names[a % names.length]!;
      const second = names[b % names.length]!;
      const [one, two] = await Promise.all([
        zip.file(first)!.async("uint8array"),
        zip.file(second)!.async("uint8array"),
      ]);
      zip.file(first, two);
      zip.file(second, one);
      await expectTypedOutcome(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    }),
    { numRuns: 60 },
  );
});

it("met readable mutations and damaged parts, not only files refused at their first bytes", () => {
  expect(seen.ok ?? 0).toBeGreaterThan(10);
  expect(seen.corrupt ?? 0).toBeGreaterThan(10);
});
