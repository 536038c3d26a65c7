/**
 * Where the pane runs. Office.js comes from a CDN script tag that may be missing (blocked, offline,
 * opened in a plain browser tab); the pane must render in every case and say so.
 */
export type Host =
  | {
      readonly kind: "excel";
      readonly displayLanguage: string | undefined;
      readonly theme: OfficeThemeColours | undefined;
    }
  | { readonly kind: "none"; readonly reason: "office-js-missing" | "not-excel" | "timeout" };

export interface OfficeThemeColours {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

/** Minimal view of the Office global, so detection can be tested without Office.js. */
export interface OfficeGlobal {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  readonly HostType: { readonly Excel: unknown };
  readonly context?: { readonly displayLanguage?: string; readonly officeTheme?: OfficeThemeColours };
}

/** Office.onReady never settles when office.js loaded but cannot reach its host frame. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

export async function detectHost(office: OfficeGlobal | undefined, timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<Host> {
  if (!office || typeof office.onReady !== "function") return { kind: "none", reason: "office-js-missing" };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    if (info === "timeout") return { kind: "none", reason: "timeout" };
    if (info.host !== office.HostType.Excel) return { kind: "none", reason: "not-excel" };
    return { kind: "excel", displayLanguage: office.context?.displayLanguage, theme: readTheme(office) };
  } finally {
    clearTimeout(timer);
  }
}

function readTheme(office: OfficeGlobal): OfficeThemeColours | undefined {
  try {
    return office.context?.officeTheme;
  } catch {
    // officeTheme throws on hosts/platforms that do not expose it; the default theme is fine there.
    return undefined;
  }
}

/** The Office global if office.js loaded, without touching an undeclared identifier. */
export function officeGlobal(): OfficeGlobal | undefined {
  const candidate = (globalThis as { Office?: OfficeGlobal }).Office;
  return candidate;
}
