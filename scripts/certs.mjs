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
    console.warn(untrustedMessage(error));
    return existing;
  }
}

/**
 * What the user needs to know when the certificates exist but their authority could not be added to this
 * machine's trust store (office-addin-dev-certs says why: no CA store in a container, no rights, no tool):
 * what it means and what to do here and on one's own machine, in Japanese and English.
 */
export function untrustedMessage(error, root = process.getuid?.() === 0) {
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  const ca = path.join(directory, files.ca);
  // As root (a container, this machine) the commands need no sudo; elsewhere they do.
  const sudo = root ? "" : "sudo ";
  const trustHere = `${sudo}cp ${ca} /usr/local/share/ca-certificates/tassei-dev.crt && ${sudo}update-ca-certificates`;
  return [
    "証明書は作成しましたが、このマシンの信頼済み証明機関に登録できませんでした。",
    `  理由: ${reason}`,
    "  https://localhost:3000 は使えますが、ブラウザーに警告が出ます（プレビューは警告を承認すれば動きます）。",
    `  このマシンで信頼させるには: Debian なら ${trustHere}、またはブラウザーの設定で証明機関として読み込みます。`,
    "  自分の Windows / Mac では: npx office-addin-dev-certs install（Excel で使うにはこれが必要です）。",
    "Certificates were created, but their authority could not be added to this machine's trusted authorities.",
    `  Reason: ${reason}`,
    "  https://localhost:3000 works, with a browser warning (accept it to use the preview).",
    `  To trust it here: on Debian ${trustHere}, or import it as an authority in the browser's settings.`,
    "  On your own Windows or Mac: npx office-addin-dev-certs install (Excel needs this).",
  ].join("\n");
}
