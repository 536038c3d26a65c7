/**
 * #16 item 2: the ribbon button is registered whenever Office becomes ready — also after the pane stopped
 * waiting — only with the shared runtime, and a failing registration never stops the pane.
 */
import { detectHost, type OfficeGlobal } from "../../src/taskpane/host";
import { registerWhenReady } from "../../src/taskpane/ribbon-registration";

const EXCEL = "Excel";

function officeReadyAfter(ms: number, host: unknown = EXCEL): OfficeGlobal {
  return {
    onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host, platform: "PC" }), ms)),
    HostType: { Excel: EXCEL },
  };
}

it("registers when Office is ready late, after the pane gave up waiting", async () => {
  const office = officeReadyAfter(60);
  const registered = jest.fn();
  const registration = registerWhenReady(office, () => true, registered);
  expect(await detectHost(office, 20)).toEqual({ kind: "none", reason: "timeout" });
  expect(registered).not.toHaveBeenCalled();
  expect(await registration).toBe(true);
  expect(registered).toHaveBeenCalledTimes(1);
});

it("does not register without the shared runtime, nor outside Excel", async () => {
  const registered = jest.fn();
  expect(await registerWhenReady(officeReadyAfter(0), () => false, registered)).toBe(false);
  expect(await registerWhenReady(officeReadyAfter(0, "Word"), () => true, registered)).toBe(false);
  expect(await registerWhenReady(undefined, () => true, registered)).toBe(false);
  expect(registered).not.toHaveBeenCalled();
});

it("survives a registration that throws", async () => {
  const throwing = () => {
    throw new Error("Office.actions is undefined");
  };
  await expect(registerWhenReady(officeReadyAfter(0), () => true, throwing)).resolves.toBe(false);
});
