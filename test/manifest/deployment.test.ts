/**
 * #16 item 12: the deployment address and the support page. A baseUrl without its trailing slash no
 * longer makes broken URLs, anything but https is refused, a production build without one says its
 * manifest points at localhost, and SupportUrl / LearnMoreUrl lead to a real page in both languages.
 */
import fs from "node:fs";
import path from "node:path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("../../webpack.config.js") as ((env: object, argv: object) => unknown) & {
  deploymentUrl(given: string | undefined): string;
};

const root = path.resolve(__dirname, "../..");

it("adds the trailing slash, keeps a given one, refuses what is not https", () => {
  expect(config.deploymentUrl("https://addins.city.example.lg.jp/tassei")).toBe(
    "https://addins.city.example.lg.jp/tassei/",
  );
  expect(config.deploymentUrl("https://addins.city.example.lg.jp/tassei/")).toBe(
    "https://addins.city.example.lg.jp/tassei/",
  );
  expect(config.deploymentUrl(undefined)).toBe("https://localhost:3000/");
  expect(() => config.deploymentUrl("http://addins.city.example.lg.jp/")).toThrow(/https/);
  expect(() => config.deploymentUrl("addins/tassei")).toThrow(/not an address/);
});

it("warns when a production build keeps the localhost addresses, and only then", () => {
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  config({}, { mode: "production" });
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]![0])).toContain("--env baseUrl=");
  config({ baseUrl: "https://addins.city.example.lg.jp/" }, { mode: "production" });
  config({}, { mode: "development" });
  expect(warn).toHaveBeenCalledTimes(1);
  warn.mockRestore();
});

it("points SupportUrl and LearnMoreUrl at the support page, which says in both languages what is read and written", () => {
  const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
  expect(manifest).toContain('<SupportUrl DefaultValue="https://localhost:3000/support.html"/>');
  expect(manifest).toMatch(/LearnMoreUrl" DefaultValue="https:\/\/localhost:3000\/support.html"/);
  const page = fs.readFileSync(path.join(root, "src/support/support.html"), "utf8");
  for (const text of [
    "問題を報告するには",
    "読み書きするデータ",
    "データはブックの外に出ません",
    "Reporting a problem",
    "Nothing leaves the workbook",
  ]) {
    expect(page).toContain(text);
  }
});
