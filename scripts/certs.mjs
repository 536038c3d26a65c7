// HTTPS certificates for https://localhost:3000, from office-addin-dev-certs (~/.office-addin-dev-certs).
// Generating them works offline everywhere; trusting the CA needs sudo and a CA store, which containers
// and CI lack. Then we still serve with the generated certificate and say how to trust it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import devCerts from "office-addin-dev-certs";

const directory = path.join(os.homedir(), ".office-addin-dev-certs");
const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };

function readExisting() {
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(directory, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return undefined;
  return Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)]));
}

export async function httpsOptions() {
  // Certificates made on an earlier run are used as they are: asking office-addin-dev-certs again would
  // regenerate them on machines where the CA could not be trusted.
  const made = readExisting();
  if (made) return made;
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const existing = readExisting();
    if (!existing) throw error;
    console.warn(
      [
        "証明書を作成しましたが、このマシンでは信頼済みとして登録できませんでした（sudo なし）。",
        "Certificates were created but could not be trusted on this machine (no sudo / CA store).",
        `  ${directory}`,
        "On your own machine run: npx office-addin-dev-certs install",
      ].join("\n"),
    );
    return existing;
  }
}
