/**
 * The ribbon's 「このシートを評価」 is registered whenever Office is ready — not only when it is ready within
 * the pane's 5-second wait (a slow start would otherwise leave the button dead until Excel restarts) — and
 * only where the shared runtime it needs exists. A failure to register never stops the pane rendering.
 */
import type { OfficeGlobal } from "./host";

export async function registerWhenReady(
  office: OfficeGlobal | undefined,
  supportsSharedRuntime: () => boolean,
  register: () => void,
): Promise<boolean> {
  if (!office || typeof office.onReady !== "function") return false;
  try {
    const info = await office.onReady();
    if (info.host !== office.HostType.Excel || !supportsSharedRuntime()) return false;
    register();
    return true;
  } catch {
    // No shared runtime, or an Office build without Office.actions: the pane works without the button.
    return false;
  }
}
