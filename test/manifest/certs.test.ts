/**
 * #20 item 9: when the development certificate cannot be trusted here, `npm start` says why, what it means
 * and what to do on this machine and on one's own, in Japanese and English — and never asks root for sudo.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";

const script = path.resolve(__dirname, "../../scripts/certs.mjs");

function message(root: boolean): string {
  const code = `import(${JSON.stringify(script)}).then((m) => process.stdout.write(m.untrustedMessage(new Error("certutil: not found\\nstack"), ${root})))`;
  return execFileSync(process.execPath, ["-e", code], { encoding: "utf8" });
}

it("says why, what it means, and what to do here and on one's own machine, in both languages", () => {
  const text = message(false);
  expect(text).toContain("理由: certutil: not found");
  expect(text).toContain("Reason: certutil: not found");
  expect(text).not.toContain("stack");
  expect(text).toContain("sudo update-ca-certificates");
  expect(text).toContain("npx office-addin-dev-certs install");
  expect(text).toContain("ブラウザーに警告が出ます");
  expect(text).toContain("with a browser warning");
});

it("as root, gives the commands without sudo", () => {
  expect(message(true)).not.toContain("sudo");
});
