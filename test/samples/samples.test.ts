/**
 * The five seed documents entered as department data (src/samples): every sample is a valid
 * department, and its content is the document's — counted per seed and, where the seed folder is
 * present, read back against the seed text (numbers verbatim, prose line by line).
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { type Department, DepartmentSchema } from "../../src/core/department/model";
import { type SampleDepartment, sampleDepartments, sampleProvenance, samples } from "../../src/samples";

const SEED_DIR = "/work/shared/seeds";

function parsed(sample: SampleDepartment): Department {
  return DepartmentSchema.parse(sample.department);
}

function byId(id: string): SampleDepartment {
  const sample = samples.find((candidate) => candidate.id === id);
  if (!sample) throw new Error(`no sample ${id}`);
  return sample;
}

describe("the sample list", () => {
  test("holds the five seeds in seed order, with unique ids", () => {
    expect(samples.map((sample) => sample.provenance.seedFile)).toEqual([
      "000_66f6d4edd2d9ec1c.txt",
      "001_834a0d1253e7f380.txt",
      "002_dc625d31a2b4181a.txt",
      "003_1fc5cd8b1eb21d6f.txt",
      "004_b01abfc86428ba6d.txt",
    ]);
    expect(new Set(samples.map((sample) => sample.id)).size).toBe(samples.length);
    for (const sample of samples) expect(sample.id.slice(0, 7)).toBe(`seed${sample.provenance.seedFile.slice(0, 3)}`);
  });

  test("sampleDepartments and sampleProvenance line up with samples", () => {
    expect(sampleDepartments).toEqual(samples.map((sample) => sample.department));
    expect(sampleProvenance).toEqual(samples.map((sample) => sample.provenance));
  });
});

describe.each(samples.map((sample) => [sample.id, sample] as const))("%s", (_id, sample) => {
  test("parses as a department", () => {
    expect(() => DepartmentSchema.parse(sample.department)).not.toThrow();
  });

  test("numbers its goals uniquely", () => {
    const numbers = parsed(sample).goals.map((goal) => goal.no);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  test("attaches every indicator to an existing goal", () => {
    const department = parsed(sample);
    const goalNumbers = new Set(department.goals.map((goal) => goal.no));
    for (const indicator of department.indicators) expect(goalNumbers).toContain(indicator.goalNo);
  });

  test("gives each KGI at most one value per fiscal year", () => {
    for (const kgi of parsed(sample).kgis) {
      const years = kgi.values.map((value) => value.fiscalYear);
      expect(new Set(years).size).toBe(years.length);
    }
  });

  test("names its city and document", () => {
    expect(sample.provenance.city).toMatch(/市$/);
    expect(sample.provenance.title.length).toBeGreaterThan(0);
  });
});

interface SeedFacts {
  readonly id: string;
  readonly name: string;
  readonly head: string;
  readonly fiscalYear: number;
  /** Initiatives per goal, in goal order */
  readonly initiativesPerGoal: readonly number[];
  /** Indicators per goal, in goal order */
  readonly indicatorsPerGoal: readonly number[];
  readonly kgis: number;
}

const FACTS: readonly SeedFacts[] = [
  {
    id: "seed000-kashiwara-seisaku-r7",
    name: "政策推進部",
    head: "小林 一裕",
    fiscalYear: 2025,
    initiativesPerGoal: [2, 2, 1, 3],
    indicatorsPerGoal: [0, 0, 0, 0],
    kgis: 0,
  },
  {
    id: "seed001-kashiwara-seisaku-h25",
    name: "政策推進部",
    head: "松井 久尚",
    fiscalYear: 2013,
    initiativesPerGoal: [3, 4, 5, 3, 2],
    indicatorsPerGoal: [2, 0, 0, 0, 0],
    kgis: 0,
  },
  {
    id: "seed002-hirakata-shichokoshitsu-r7",
    name: "市長公室",
    head: "",
    fiscalYear: 2025,
    initiativesPerGoal: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    indicatorsPerGoal: [1, 1, 2, 1, 1, 1, 1, 1, 1, 0],
    kgis: 0,
  },
  {
    id: "seed003-toyonaka-toshikeiei-r5",
    name: "都市経営部",
    head: "籾床 和弘",
    fiscalYear: 2023,
    initiativesPerGoal: [8, 7, 11, 7, 8],
    indicatorsPerGoal: [1, 0, 0, 1, 0],
    kgis: 0,
  },
  {
    id: "seed004-kawanishi-sogoseisaku-r3",
    name: "総合政策部",
    head: "",
    fiscalYear: 2021,
    initiativesPerGoal: [2, 3, 2, 2, 1, 0, 0, 0],
    indicatorsPerGoal: [2, 1, 1, 1, 1, 0, 0, 0],
    kgis: 6,
  },
];

describe.each(FACTS.map((facts) => [facts.id, facts] as const))("facts of %s", (id, facts) => {
  const department = parsed(byId(id));

  test("department header", () => {
    expect([department.name, department.head, department.fiscalYear]).toEqual([
      facts.name,
      facts.head,
      facts.fiscalYear,
    ]);
  });

  test("goals numbered 1..n with their initiatives and indicators", () => {
    expect(department.goals.map((goal) => goal.no)).toEqual(facts.initiativesPerGoal.map((_, i) => i + 1));
    expect(department.goals.map((goal) => goal.initiatives.length)).toEqual(facts.initiativesPerGoal);
    const perGoal = department.goals.map(
      (goal) => department.indicators.filter((indicator) => indicator.goalNo === goal.no).length,
    );
    expect(perGoal).toEqual(facts.indicatorsPerGoal);
    expect(department.kgis).toHaveLength(facts.kgis);
  });
});

function indicatorNamed(department: Department, name: string) {
  const indicator = department.indicators.find((candidate) => candidate.name === name);
  if (!indicator) throw new Error(`no indicator ${name}`);
  return indicator;
}

describe("seed 000 (柏原市 運営方針)", () => {
  const department = parsed(byId("seed000-kashiwara-seisaku-r7"));

  test("links goals to 総合計画 目標 and 分野 as printed", () => {
    expect(department.goals.map((goal) => [goal.masterPlanCodes, goal.field])).toEqual([
      [["(5)"], "市政運営"],
      [["(5)"], "行財政運営"],
      [["(5)"], "行財政運営"],
      [["(1)"], "防災"],
    ]);
  });

  test("leaves every grade to be entered by hand at year end", () => {
    for (const goal of department.goals) expect([goal.manualGrade, goal.status, goal.summary]).toEqual([null, "", ""]);
    expect(department.scale).toBe("default");
  });

  test("owning sections as printed", () => {
    expect(department.goals.map((goal) => goal.initiatives.map((initiative) => initiative.section))).toEqual([
      ["秘書広報課", "秘書広報課"],
      ["企画調整課", "企画調整課"],
      ["人事課"],
      ["危機管理課", "危機管理課", "危機管理課"],
    ]);
  });
});

describe("seed 001 (柏原市 部長マニフェスト)", () => {
  const department = parsed(byId("seed001-kashiwara-seisaku-h25"));

  test("its numeric outputs are indicators with the printed targets", () => {
    expect(department.indicators.map((indicator) => [indicator.name, indicator.target, indicator.unit])).toEqual([
      ["まちの見聞特派員記事数", "10件", "件"],
      ["柏原市公式 facebook 「いいね！」登録数", "1000人", "人"],
    ]);
  });

  test("its qualitative outputs are initiatives", () => {
    const texts = department.goals.flatMap((goal) => goal.initiatives.map((initiative) => initiative.text));
    expect(texts).toContain("SNS（ソーシャルネットワーキングサービス）講習会の開催");
    expect(texts).toContain("柏原ブランド認定制度の構築と認定商品の選定");
  });
});

describe("seed 002 (枚方市 市長公室)", () => {
  const department = parsed(byId("seed002-hirakata-shichokoshitsu-r7"));

  test("goals carry their 施策シート codes; two print none", () => {
    expect(department.goals.map((goal) => goal.measureSheetCodes)).toEqual([
      ["29-01"],
      ["31-01"],
      ["11-01"],
      ["12-01"],
      ["13-01"],
      ["16-05"],
      ["29-01"],
      [],
      ["30-01"],
      [],
    ]);
  });

  test("indicator values exactly as printed", () => {
    const rows = department.indicators.map((indicator) => [indicator.target, indicator.baseline, indicator.actual]);
    expect(rows).toEqual([
      ["65,000 件", "62, 947 件", null],
      [
        "5 億円(個人版) 5500 万円(企業版)",
        "2億7,934万6,300円 (個人版・見込み) ※6月頃確定 2,898万9,028円(企業版)",
        null,
      ],
      ["630 人", "365 人", null],
      ["延べ 35 人", "延べ18人", null],
      ["730 人", "722 人", null],
      ["2, 700 人", "2, 665 人", null],
      ["100%", "99%(見込み) ※7月頃確定", null],
      ["80%", "99. 2%", null],
      ["45%", "43. 8%", null],
      ["600 人", "470 人", null],
    ]);
  });

  test("every indicator is higher-is-better, graded as a ratio", () => {
    for (const indicator of department.indicators)
      expect([indicator.direction, indicator.method]).toEqual(["up", "ratio"]);
    expect(indicatorNamed(department, "相談者満足度").target).toBe("80%");
  });
});

describe("seed 003 (豊中市 都市経営部)", () => {
  const department = parsed(byId("seed003-toyonaka-toshikeiei-r5"));

  test("goals carry 総合計画 and 基本政策 codes", () => {
    expect(department.goals.map((goal) => [goal.masterPlanCodes, goal.basicPolicyCodes])).toEqual([
      [
        ["5-2-(1)", "5-2-(2)"],
        ["26", "64", "69", "70"],
      ],
      [["5-2-(3)"], ["67", "68", "32", "69"]],
      [["5-2-(2)"], ["60", "64"]],
      [["5-1-(1)"], ["35", "61"]],
      [
        ["2-4-(1)", "2-4-(2)", "5-2-(4)"],
        ["19", "20", "22"],
      ],
    ]);
  });

  test("results and next steps are text on every goal", () => {
    for (const goal of department.goals) {
      expect(goal.status.length).toBeGreaterThan(0);
      expect(goal.nextSteps.length).toBeGreaterThan(0);
    }
    expect(department.goals[0]?.status).toContain("基本政策の進捗(76%→80%)");
  });

  test("only the measurable target-and-result pairs are indicators", () => {
    expect(
      department.indicators.map((indicator) => [
        indicator.name,
        indicator.baseline,
        indicator.target,
        indicator.actual,
      ]),
    ).toEqual([
      ["基本政策の進捗", "76%", "8割", "80%"],
      ["市長ふれあいトーク", null, "6回", "全6回実施"],
    ]);
  });
});

describe("seed 004 (川西市 総合政策部)", () => {
  const department = parsed(byId("seed004-kawanishi-sogoseisaku-r3"));

  test("KGI table: H29..R2 actuals, R3..R4 targets, values as printed", () => {
    const migration = department.kgis.find((kgi) => kgi.name === "社会移動数 転入・転出の均衡");
    expect(migration?.direction).toBe("band");
    expect(migration?.values).toEqual([
      { fiscalYear: 2017, kind: "actual", value: "△53人" },
      { fiscalYear: 2018, kind: "actual", value: "△219人" },
      { fiscalYear: 2019, kind: "actual", value: "193人" },
      { fiscalYear: 2020, kind: "actual", value: "△376人" },
      { fiscalYear: 2021, kind: "target", value: "0人" },
      { fiscalYear: 2022, kind: "target", value: "0人" },
    ]);
    expect(department.kgis[0]?.values.map((value) => value.value)).toEqual([
      "-",
      "12.7%",
      "13.4%",
      "作業中",
      "40.0%",
      "100%",
    ]);
  });

  test("each R3 indicator takes its KGI's R3 target and the latest actual as baseline", () => {
    expect(department.indicators.map((indicator) => indicator.name)).toEqual(department.kgis.map((kgi) => kgi.name));
    for (const indicator of department.indicators) {
      const kgi = department.kgis.find((candidate) => candidate.name === indicator.name);
      const valueOf = (year: number) => kgi?.values.find((value) => value.fiscalYear === year)?.value;
      expect(indicator.target).toBe(valueOf(2021));
      expect(indicator.baseline).toBe(valueOf(2020) === "作業中" ? valueOf(2019) : valueOf(2020));
      expect(indicator.actual).toBeNull();
      expect(indicator.direction).toBe(kgi?.direction);
    }
  });

  test("細事業 keep their 担当課; goals are grouped by field", () => {
    const sections = department.goals.flatMap((goal) => goal.initiatives.map((initiative) => initiative.section));
    expect(sections).toEqual([
      "政策創造課",
      "政策創造課",
      "企画財政課",
      "企画財政課",
      "企画財政課",
      "広報広聴課",
      "広報広聴課",
      "参画協働課",
      "参画協働課",
      "病院改革推進課",
    ]);
    expect(department.goals.map((goal) => goal.field)).toEqual([
      ...Array<string>(5).fill("まちづくり、市民サービスに関すること"),
      ...Array<string>(3).fill("組織力の向上に関すること"),
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Read back against the seed documents themselves.

/** Strings that must occur in the seed character for character: values, names, titles, sections. */
function verbatimStrings(department: Department): string[] {
  const values = [
    ...department.indicators.flatMap((indicator) => [indicator.baseline, indicator.target, indicator.actual]),
    ...department.kgis.flatMap((kgi) => kgi.values.map((value) => value.value)),
  ];
  const labels = [
    department.name,
    department.head,
    ...department.goals.flatMap((goal) => [
      goal.title,
      goal.field,
      ...goal.initiatives.map((initiative) => initiative.section),
    ]),
    ...department.indicators.map((indicator) => indicator.name),
    ...department.kgis.map((kgi) => kgi.name),
  ];
  return [...values, ...labels].filter((value): value is string => typeof value === "string" && value !== "");
}

/** Text cells of several lines: each line must occur in the seed, ignoring white space and bullet marks. */
function proseLines(sample: SampleDepartment, department: Department): string[] {
  const cells = [
    department.policy,
    ...department.goals.flatMap((goal) => [
      goal.targetStatement,
      goal.status,
      goal.summary,
      goal.nextSteps,
      ...goal.initiatives.flatMap((initiative) => [initiative.text, initiative.result]),
    ]),
    ...sample.provenance.unmodelled.map((part) => part.text),
  ];
  return cells.flatMap((cell) => cell.split("\n")).filter((line) => compact(line) !== "");
}

/** Codes lose only the space the source leaves inside them ("5-2- (1)"). */
function codes(department: Department): string[] {
  return department.goals.flatMap((goal) => [
    ...goal.masterPlanCodes,
    ...goal.basicPolicyCodes,
    ...goal.measureSheetCodes,
  ]);
}

function compact(text: string): string {
  return text.replace(/^[\s・*]+/u, "").replace(/\s+/gu, "");
}

function missingFrom(seedText: string, wanted: readonly string[], normalise: (text: string) => string = (t) => t) {
  const haystack = normalise(seedText);
  return wanted.filter((text) => !haystack.includes(normalise(text)));
}

if (existsSync(SEED_DIR)) {
  describe.each(samples.map((sample) => [sample.id, sample] as const))("%s against its seed text", (_id, sample) => {
    const seedText = readFileSync(join(SEED_DIR, sample.provenance.seedFile), "utf8");
    const department = parsed(sample);

    test("every value, name, title and section occurs verbatim", () => {
      const wanted = verbatimStrings(department);
      expect(wanted.length).toBeGreaterThan(0);
      expect(missingFrom(seedText, wanted)).toEqual([]);
    });

    test("every line of text occurs, white space aside", () => {
      const wanted = proseLines(sample, department);
      expect(wanted.length).toBeGreaterThan(0);
      expect(missingFrom(seedText, wanted, (text) => text.replace(/\s+/gu, "").replace(/^[・*]+/u, ""))).toEqual([]);
    });

    test("every code occurs, white space aside", () => {
      expect(missingFrom(seedText, codes(department), (text) => text.replace(/\s+/gu, ""))).toEqual([]);
    });

    test("a printed title occurs (white space aside); a described one does not", () => {
      const squeeze = (text: string) => text.replace(/\s+/gu, "");
      expect(squeeze(seedText).includes(squeeze(sample.provenance.title))).toBe(sample.provenance.titlePrinted);
    });
  });

  test("seed 002: each indicator row (name, 目標値, 実績) is one printed table row", () => {
    const seedText = readFileSync(join(SEED_DIR, "002_dc625d31a2b4181a.txt"), "utf8");
    for (const indicator of parsed(byId("seed002-hirakata-shichokoshitsu-r7")).indicators) {
      expect(seedText).toContain(`${indicator.name}\t${String(indicator.target)}\t${String(indicator.baseline)}`);
    }
  });

  test("seed 004: each KGI is one printed table row, in column order", () => {
    const seedText = readFileSync(join(SEED_DIR, "004_b01abfc86428ba6d.txt"), "utf8");
    for (const kgi of parsed(byId("seed004-kawanishi-sogoseisaku-r3")).kgis) {
      expect(seedText).toContain(`○${kgi.name}\t${kgi.values.map((value) => String(value.value)).join("\t")}`);
    }
  });
} else {
  console.log(`Seed folder ${SEED_DIR} is absent: the checks against the seed text were not run.`);
}
