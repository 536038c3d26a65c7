import { Readable } from "node:stream";
import { main } from "../../src/cli/main";
import { PRESET_SCALES } from "../../src/core/rules";
import { Capture, jsonl, run } from "./streams";

describe("tassei (command line)", () => {
  test("--help prints the usage in Japanese and English", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("使い方: tassei");
    expect(r.stdout).toContain("Usage: tassei");
    for (const name of Object.keys(PRESET_SCALES)) expect(r.stdout).toContain(name);
    expect(r.stderr).toBe("");
  });

  test("no command or an unknown one: message and usage on stderr, exit 2", async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("コマンドを指定してください。");
    expect(none.stderr).toContain("Give a command.");
    const unknown = await run(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("不明なコマンドです: frobnicate");
    expect(unknown.stderr).toContain("Unknown command: frobnicate");
    expect(unknown.stderr).toContain("Usage: tassei");
    expect(unknown.stdout).toBe("");
  });
});

describe("tassei parse", () => {
  test("prints the parse result as one JSON object", async () => {
    const r = await run(["parse", "62, 947 件"]);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([{ ok: true, value: 62947, unit: "件", flags: [] }]);
  });

  test("a failure carries its reason and both messages", async () => {
    const r = await run(["parse", "作業中"]);
    expect(r.code).toBe(0);
    expect(r.lines[0]).toMatchObject({ ok: false, reason: "pending" });
    expect(typeof r.lines[0]!.message_ja).toBe("string");
    expect(typeof r.lines[0]!.message_en).toBe("string");
  });

  test("needs exactly one text", async () => {
    expect((await run(["parse"])).code).toBe(2);
    const two = await run(["parse", "1", "2"]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain("parse takes exactly one text");
  });
});

describe("tassei eval", () => {
  test("grades the brief's example", async () => {
    const r = await run(["eval"], jsonl({ id: 1, target: "10", actual: "7" }));
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([
      {
        id: 1,
        target: { ok: true, value: 10, unit: null, flags: [] },
        actual: { ok: true, value: 7, unit: null, flags: [] },
        rate: 0.7,
        rate_text: "70.0%",
        grade: "B",
        reason: null,
        message_ja: "達成率 70.0%、達成度 B（概ね達成）",
        message_en: "Rate 70.0%, grade B (Mostly achieved)",
        flags: [],
      },
    ]);
  });

  test("reads Japanese-formatted cells and keeps the order of the input", async () => {
    const r = await run(
      ["eval"],
      jsonl(
        { id: "a", target: "186,100人", actual: "185,433人" },
        { id: "b", target: "65,000 件", actual: "62, 947 件" },
        { id: "c", target: "0人", actual: "△53人", direction: "band", baseline: "△219人" },
        { id: "d", target: "0人", actual: "△53人" },
        { id: "e", target: "100%", actual: "99%(見込み) ※7月頃確定" },
        { id: "f", target: "40.0%", actual: "作業中" },
        { id: "g", target: "630 人", actual: null, status: "未実施" },
        { id: "h", target: "5 億円(個人版) 5500 万円(企業版)", actual: "2億7,934万6,300円" },
        { id: "i", target: "10", actual: "12", direction: "down" },
        { id: "j", target: "5", actual: "4", status: "見込み" },
        { id: "k", target: "630 人", actual: "500 件" },
      ),
    );
    expect(r.code).toBe(0);
    const pick = r.lines.map((l) => [l.id, l.grade, l.rate_text, l.reason, l.flags]);
    expect(pick).toEqual([
      ["a", "B", "99.6%", null, []],
      ["b", "B", "96.8%", null, []],
      ["c", "B", "75.8%", null, []],
      ["d", null, null, "target_zero", []],
      ["e", "B", "99.0%", null, ["estimate"]],
      ["f", null, null, "actual_pending", []],
      ["g", "E", null, null, ["not_carried_out"]],
      ["h", null, null, "several_values", []],
      ["i", "B", "83.3%", null, []],
      ["j", "B", "80.0%", null, ["estimate"]],
      ["k", null, null, "unit_mismatch", []],
    ]);
    expect(r.lines[3]!.message_ja).toContain("目標値が 0");
    expect(r.lines[2]).toHaveProperty("baseline", { ok: true, value: -219, unit: "人", flags: [] });
    expect(r.lines[0]).not.toHaveProperty("baseline");
  });

  test("a malformed line yields an error line and the rest continue", async () => {
    const r = await run(
      ["eval"],
      jsonl(
        { id: 1, target: "10", actual: "7" },
        "{not json",
        "[1, 2]",
        { id: "x", target: "10", direction: "sideways" },
        "",
        { id: 5, target: { value: 1 }, actual: "1" },
        { id: 6, target: "10", actual: "9" },
      ),
    );
    expect(r.code).toBe(0);
    expect(r.lines.map((l) => [l.id, l.line ?? null, l.reason, l.grade])).toEqual([
      [1, null, null, "B"],
      [null, 2, "invalid_input", null],
      [null, 3, "invalid_input", null],
      ["x", 4, "invalid_input", null],
      [5, 6, "invalid_input", null],
      [6, null, null, "B"],
    ]);
    expect(r.lines[3]!.message_ja).toContain("4 行目の direction");
    expect(r.lines[3]!.message_en).toContain("Line 4: direction");
    expect(r.lines[4]!.message_en).toContain("target");
    expect(r.lines[1]!.message_en).toContain("Line 2 is not valid JSON");
  });

  test("a line may name a preset scale or carry its own", async () => {
    const own = {
      id: "own",
      version: 1,
      name: { ja: "独自", en: "Own" },
      grades: [
        { letter: "◎", label: { ja: "達成", en: "Achieved" }, min: 90 },
        { letter: "△", label: { ja: "未達", en: "Missed" } },
      ],
      notCarriedOut: { letter: "―", label: { ja: "未実施", en: "Not carried out" } },
    };
    const r = await run(
      ["eval"],
      jsonl(
        { id: 1, target: "100", actual: "109.99", scale: "stretch-110" },
        { id: 2, target: "100", actual: "90", scale: own },
        { id: 3, target: "100", actual: "90", scale: "no-such-scale" },
        { id: 4, target: "100", actual: "90", scale: { ...own, version: 0 } },
        { id: 5, target: "1", actual: "1", scale: "qualitative-5", manual: { grade: "◎", reason: "全校で実施" } },
      ),
    );
    expect(r.lines.map((l) => [l.id, l.grade, l.reason])).toEqual([
      [1, "B", null],
      [2, "◎", null],
      [3, null, "invalid_scale"],
      [4, null, "invalid_scale"],
      [5, "S", null],
    ]);
    expect(r.lines[2]!.message_en).toContain("Unknown scale: no-such-scale");
    expect(r.lines[3]!.message_en).toContain("version");
  });

  test("band values and baselines are read like cells", async () => {
    const r = await run(
      ["eval"],
      jsonl({ id: 1, actual: "△53人", band: ["△100", 100] }, { id: 2, actual: "1", band: ["x", 1] }),
    );
    expect(r.lines.map((l) => [l.grade, l.reason])).toEqual([
      ["A", null],
      [null, "invalid_input"],
    ]);
  });

  test("options: a default scale and the city's lower-is-better formula", async () => {
    const row = jsonl({ id: 1, target: "50", actual: "65", baseline: "100", direction: "down" });
    expect((await run(["eval"], row)).lines[0]).toMatchObject({ rate_text: "76.9%", grade: "B" });
    expect((await run(["eval", "--lower-is-better", "progress"], row)).lines[0]).toMatchObject({ rate_text: "70.0%" });
    expect((await run(["eval", "--lower-is-better=progress", "--scale", "strict-90-80"], row)).lines[0]).toMatchObject({
      grade: "D",
    });
    expect(
      (await run(["eval", `--scale=${JSON.stringify({ ...jsonScale(), id: "inline" })}`], row)).lines[0],
    ).toMatchObject({ grade: "HI" });
  });

  test("bad options are usage errors", async () => {
    for (const argv of [
      ["eval", "--lower-is-better", "sideways"],
      ["eval", "--scale", "nope"],
      ["eval", "--fast"],
      ["eval", "--scale"],
    ]) {
      const r = await run(argv, "");
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("Usage: tassei");
    }
  });

  test("an unreadable stdin exits 1 after the lines already graded", async () => {
    const stdin = new Readable({ read() {} });
    stdin.push(jsonl({ id: 1, target: "10", actual: "7" }));
    setTimeout(() => stdin.destroy(new Error("disk gone")), 20);
    const r = await run(["eval"], stdin);
    expect(r.code).toBe(1);
    expect(r.lines.map((l) => l.grade)).toEqual(["B"]);
    expect(r.stderr).toContain("標準入力を読み取れません: disk gone");
    expect(r.stderr).toContain("Cannot read standard input: disk gone");
  });

  test("streams: each answer comes out before the input ends, in order", async () => {
    const stdin = new Readable({ read() {} });
    const stdout = new Capture();
    const done = main(["eval"], { stdin, stdout, stderr: new Capture() });
    for (let i = 1; i <= 3; i++) {
      stdin.push(jsonl({ id: i, target: "10", actual: "7" }));
      await until(() => stdout.text.split("\n").length > i);
      expect(JSON.parse(stdout.text.trim().split("\n")[i - 1]!)).toMatchObject({ id: i, grade: "B" });
    }
    for (let i = 4; i <= 3000; i++) stdin.push(jsonl({ id: i, target: "10", actual: String(i % 11) }));
    stdin.push(null);
    expect(await done).toBe(0);
    const ids = stdout.text
      .trim()
      .split("\n")
      .map((l) => (JSON.parse(l) as { id: number }).id);
    expect(ids).toEqual(Array.from({ length: 3000 }, (_, i) => i + 1));
  });
});

/** Waits (a bounded number of event-loop turns) until the condition holds. */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1000 && !condition(); turn++) await new Promise((resolve) => setImmediate(resolve));
  expect(condition()).toBe(true);
}

function jsonScale() {
  return {
    version: 1,
    name: { ja: "b", en: "b" },
    grades: [
      { letter: "HI", label: { ja: "h", en: "h" }, min: 50 },
      { letter: "LO", label: { ja: "l", en: "l" } },
    ],
    notCarriedOut: { letter: "E", label: { ja: "e", en: "e" } },
  };
}

describe("the command line keeps its promises", () => {
  test("--version prints the version of package.json", async () => {
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^tassei \d+\.\d+\.\d+\n$/);
  });

  test("an unknown option is one short line in each language and the usage hint, not Node's text twice", async () => {
    const r = await run(["grade", "x.xlsx", "--frob"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "不明なオプションです: --frob\nUnknown option: --frob\n使い方: tassei --help / Usage: tassei --help\n",
    );
  });

  test("an option without its value says so", async () => {
    const r = await run(["grade", "x.xlsx", "-o"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Option -o needs a value.");
  });

  test("a missing --year says it is required", async () => {
    const r = await run(["new", "out.xlsx", "--department", "環境部"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("年度を入力してください");
    expect(r.stderr).toContain("The fiscal year is required");
  });

  test.each([
    [["new", "noext", "--department", "環境部", "--year", "R7"]],
    [["grade", "in.xlsx", "-o", "graded.csv"]],
    [["consolidate", ".", "-o", "city.csv"]],
  ])("an output not named .xlsx is refused: %j", async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("must end in .xlsx");
  });
});
