#!/usr/bin/env node
// Renders the SVG icon sources in assets/ to the PNGs the manifest points at, with headless Chromium
// (playwright-core + Debian's chromium: `apt-get install -y chromium`). The PNGs are committed, so this
// only needs running after an SVG changes:
//
//   node scripts/render-icons.mjs [--preview <sheet.png>]
//
// assets/<name>-<size>.svg, where present, is a hand-hinted drawing for that size (small icons drawn on
// their own pixel grid stay sharp); otherwise assets/<name>.svg is scaled. --preview also writes one
// picture of every icon on light and dark ribbon colours, to look at before committing.

/* global document -- used inside page.evaluate, which runs in the browser */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const ASSETS = join(ROOT, "assets");
const CHROMIUM = process.env.TASSEI_CHROMIUM ?? "/usr/bin/chromium";

/** Every icon and the sizes the manifest (and the Office store) ask for. */
const ICONS = [
  { name: "icon", sizes: [16, 32, 64, 80, 128] }, // the app mark: IconUrl, group, 「Tassei を開く」
  { name: "grade", sizes: [16, 32, 80] }, // 「このシートを評価」
];

/** The ribbon backgrounds of Office's light, dark-grey and black themes, for the preview sheet. */
const RIBBONS = ["#ffffff", "#f3f3f3", "#444444", "#292929", "#000000"];

function sourceFor(name, size) {
  const hinted = join(ASSETS, `${name}-${size}.svg`);
  return existsSync(hinted) ? hinted : join(ASSETS, `${name}.svg`);
}

function dataUrl(svgPath) {
  return `data:image/svg+xml;base64,${readFileSync(svgPath).toString("base64")}`;
}

/** Width and height from a PNG's IHDR chunk, to prove each file came out at the size its name says. */
function pngSize(bytes) {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function renderOne(page, svgPath, size) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<!doctype html><html><body style="margin:0;background:transparent">` +
      `<img id="i" src="${dataUrl(svgPath)}" width="${size}" height="${size}" style="display:block">` +
      `</body></html>`,
  );
  await page.waitForFunction(() => document.getElementById("i")?.complete === true);
  return page.screenshot({ type: "png", omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

async function renderPreview(page, outputs, file) {
  // One row per ribbon colour; every PNG at 1:1 and again magnified 4× (pixelated) to judge the 16 px ones.
  const cells = outputs
    .map(({ file: png, size }) => {
      const src = `data:image/png;base64,${readFileSync(png).toString("base64")}`;
      return `<img src="${src}" width="${size}" height="${size}">`;
    })
    .join("");
  const zoomed = outputs
    .filter(({ size }) => size <= 32)
    .map(({ file: png, size }) => {
      const src = `data:image/png;base64,${readFileSync(png).toString("base64")}`;
      return `<img src="${src}" width="${size * 4}" height="${size * 4}" style="image-rendering:pixelated">`;
    })
    .join("");
  const rows = RIBBONS.map((bg) => `<div class="row" style="background:${bg}">${cells}${zoomed}</div>`).join("");
  await page.setViewportSize({ width: 1200, height: 200 });
  await page.setContent(
    `<!doctype html><html><head><style>body{margin:0}.row{display:flex;align-items:center;gap:12px;padding:8px}</style>` +
      `</head><body>${rows}</body></html>`,
  );
  await page.waitForFunction(() => [...document.images].every((i) => i.complete));
  writeFileSync(file, await page.screenshot({ type: "png", fullPage: true }));
}

async function main() {
  const args = process.argv.slice(2);
  const preview = args[0] === "--preview" ? args[1] : undefined;
  if (args.length > 0 && (args.length !== 2 || !preview)) {
    console.error("usage: node scripts/render-icons.mjs [--preview <sheet.png>]");
    process.exit(2);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM}: apt-get update && apt-get install -y chromium`);
    process.exit(1);
  }

  const profile = mkdtempSync(join(tmpdir(), "tassei-icons-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    deviceScaleFactor: 1,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const outputs = [];
    for (const { name, sizes } of ICONS) {
      for (const size of sizes) {
        const svg = sourceFor(name, size);
        const file = join(ASSETS, `${name}-${size}.png`);
        const png = await renderOne(page, svg, size);
        const got = pngSize(png);
        if (got.width !== size || got.height !== size) {
          throw new Error(`${file}: rendered ${got.width}×${got.height}, expected ${size}×${size}`);
        }
        writeFileSync(file, png);
        outputs.push({ file, size });
        console.log(`${file.slice(ROOT.length + 1)}  ${size}×${size}  from ${svg.slice(ROOT.length + 1)}`);
      }
    }
    if (preview) {
      await renderPreview(page, outputs, resolve(preview));
      console.log(`preview: ${resolve(preview)}`);
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
