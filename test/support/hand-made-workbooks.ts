/**
 * Department workbooks laid out by hand, as cities keep them: plain cells, merged headers, their own
 * words, the seeds' own text (test/data/seeds). Each fixture is rows of cells; `writeHandMadeXlsx`
 * writes it with exceljs (merges, hidden rows, spacer columns kept) for the command line's tests. The
 * expected figures live in the tests, worked out by hand.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/workbook/snapshot";

export interface HandMadeSheet {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  /** Where the first row and column go (0-based); A1 when absent. */
  readonly at?: { readonly row: number; readonly column: number };
  /** Merged ranges, in A1 form, relative to the sheet (not to `at`). */
  readonly merges?: readonly string[];
  /** Hidden rows, 0-based sheet rows. */
  readonly hiddenRows?: readonly number[];
}

export interface HandMadeWorkbook {
  readonly file: string;
  readonly sheets: readonly HandMadeSheet[];
}

const HIRAKATA_HEADER = ["取り組みの成果を測る指標", "令和7年度目標値", "令和6年度実績(参考)", "令和7年度実績"];

/** 枚方 (seed 002) at year end: a paragraph per 重点的な取り組み, then its small table with the actuals added. */
export const HIRAKATA: HandMadeSheet = {
  name: "市長公室",
  rows: [
    ["令和7年度 (2025年度)"],
    [],
    ["市長公室の取り組み"],
    [],
    ["<部長の方針・考え方>"],
    ["・幅広い市民の声を市政運営に反映できるよう広聴相談機能のさらなる充実を図ります。"],
    [],
    ["重点的な取り組み:全庁一丸となった子育てプロモーションの戦略的な展開"],
    ["【施策シート:29-01】"],
    [
      "全庁一丸となった市政アピールとして「だから、枚方」をキャッチフレーズに子育て世帯をターゲットにしたシティプロモーションを市内外へ戦略的に展開します。",
    ],
    HIRAKATA_HEADER,
    ["シティプロモーションサイト へのアクセス数", "65,000 件", "62, 947 件", "70,200 件"],
    [],
    ["重点的な取り組み:人権啓発の推進"],
    ["【施策シート:11-01】"],
    ["「人権尊重のまちづくり条例」の理念を市民・事業者に周知、啓発する取り組みを積極的に進めます。"],
    HIRAKATA_HEADER,
    ["人権啓発イベント等の参加者 数", "630 人", "365 人", "504 人"],
    ["LGBTQ+相談(電話・オンライン(チャット))利用者数", "延べ 35 人", "延べ18人", "延べ 14 人"],
    [],
    ["重点的な取り組み:いじめの未然防止・早期発見"],
    ["【施策シート: 16-05】"],
    HIRAKATA_HEADER,
    ["いじめの解消率", "100%", "99%(見込み) ※7月頃確定", "99%(見込み) ※7月頃確定"],
    [],
    ["いじめ解消の定義:(1)いじめの行為が止んでいること(少なくとも3か月間)"],
    [],
    ["重点的な取り組み:広聴相談機能の充実"],
    HIRAKATA_HEADER,
    ["相談者満足度", "80%", "99. 2%", "作業中"],
    [],
    ["重点的な取り組み:自治会館の安全・安心な利用に向けた取り組みの検討"],
    ["大規模地震の発生など自然災害への不安が高まる中、耐震改修助成制度の見直しを進めます。"],
  ],
};

/** 枚方 in spring: the table as published, with no 実績 column yet. */
export const HIRAKATA_SPRING: HandMadeSheet = {
  name: "市長公室 R7",
  rows: [
    ["令和7年度 (2025年度)"],
    ["市長公室の取り組み"],
    ["重点的な取り組み:平和の意識醸成"],
    ["取り組みの成果を測る指標", "令和7年度目標値", "令和6年度実績(参考)"],
    ["平和に関するイベントの参加 者数", "2, 700 人", "2, 665 人"],
    [],
    ["重点的な取り組み:市民などによるまちづくり活動の活性化"],
    ["取り組みの成果を測る指標", "令和7年度目標値", "令和6年度実績(参考)"],
    ["ボランティア体験事業参加者数", "600 人", "470 人"],
  ],
};

const KAWANISHI_TITLE = [
  ["1. 総合政策部のめざす姿"],
  ["<まちづくり、市民サービスに関すること>"],
  [],
  ["2. めざす姿に向けた指標 (KGI・重要目標達成指標)"],
];

/** 川西 (seed 004) as published: one column per year, no year in the title. */
export const KAWANISHI: HandMadeSheet = {
  name: "総合政策部",
  rows: [
    ...KAWANISHI_TITLE,
    ["指標", "H29 実績", "H30 実績", "R1 実績", "R2 実績", "R3 目標", "R4 目標"],
    ["○後期基本計画の施策評価指標達成率", "-", "12.7%", "13.4%", "作業中", "40.0%", "100%"],
    ["○社会移動数 転入・転出の均衡", "△53人", "△219人", "193人", "△376人", "0人", "0人"],
    ["○基金確保比率", "6.7%", "6.7%", "14.1%", "作業中", "12.5%", "10.0%"],
    ["○必要な市の情報が入手できていると感じている市民の割合", "58.5%", "58.9%", "56.9%", "60.0%", "62.5%", "65.0%"],
    ["○「参画と協働」の取り組みを行ったことのある市民の割合", "7.6%", "11.0%", "8.7%", "6.4%", "20.0%", "30.0%"],
    ["○病床利用率 (稼働病床比)", "81.7%", "66.7%", "63.5%", "作業中", "67.3%", "80.0%"],
    [],
    ["3. 現状と課題 (昨年度の振り返り)"],
  ],
};

/** 川西 at the end of R3: the department added an R3 実績 column after R3 目標. */
export const KAWANISHI_YEAR_END: HandMadeSheet = {
  name: "総合政策部 R3",
  rows: [
    ...KAWANISHI_TITLE,
    ["指標", "H29 実績", "H30 実績", "R1 実績", "R2 実績", "R3 目標", "R3 実績", "R4 目標"],
    ["○後期基本計画の施策評価指標達成率", "-", "12.7%", "13.4%", "作業中", "40.0%", "作業中", "100%"],
    ["○基金確保比率", "6.7%", "6.7%", "14.1%", "作業中", "12.5%", "13.0%", "10.0%"],
    [
      "○必要な市の情報が入手できていると感じている市民の割合",
      "58.5%",
      "58.9%",
      "56.9%",
      "60.0%",
      "62.5%",
      "60.0%",
      "65.0%",
    ],
    [
      "○「参画と協働」の取り組みを行ったことのある市民の割合",
      "7.6%",
      "11.0%",
      "8.7%",
      "6.4%",
      "20.0%",
      "6.4%",
      "30.0%",
    ],
  ],
};

/** 柏原 (seed 000): goal blocks in merged cells, the grade letter typed under 令和7年度達成状況, no number. */
export const KASHIWARA: HandMadeSheet = {
  name: "政策推進部",
  rows: [
    ["令和7年度 政策推進部の運営方針"],
    [],
    ["部", "政策推進部", "部長", "小林 一裕"],
    ["【基本方針】"],
    [
      "政策推進部は、市の政策をまとめ、実行するための施策に関する企画、関連部署間等の調整に加えて、市民への情報発信と広聴、職員の人事管理、防災対策などを所管しています。",
    ],
    ["【重点目標】"],
    [null, "目標", "(5)", "みんなでつくる暮らし続けられるまち", "分野", "市政運営", "令和7年度達成状況"],
    [
      1,
      "シティプロモーションの強化のため広報かしわらやウェブサイト、SNSなどを活用し、市政情報および本市の魅力を市内外に発信",
      null,
      null,
      null,
      null,
      "A",
    ],
    [2, "目標", "(5)", "みんなでつくる暮らし続けられるまち", "分野", "行財政運営", "令和7年度達成状況"],
    [null, "公民連携の充実による持続可能な行財政運営の推進", null, null, null, null, "B"],
    [3, "目標", "(5)", "みんなでつくる暮らし続けられるまち", "分野", "行財政運営", "令和7年度達成状況"],
    [null, "職員の能力向上", null, null, null, null, "C"],
    [4, "目標", "(1)", "安全で安心して健やかに暮らせるまち", "分野", "防災", "令和7年度達成状況"],
    [null, "防災対策の充実強化", null, null, null, null, "E"],
    [],
    ["【達成度について】"],
    ["A : 達成（目標を達成することができた。100%）"],
  ],
  merges: ["A7:A8", "A9:A10", "A11:A12", "A13:A14", "B8:F8", "B10:F10", "B12:F12", "B14:F14"],
};

/**
 * 柏原's goal blocks, each followed by its own indicator table (令和7年度 over 目標値 | 実績, then 令和6年度
 * 実績(参考) and 達成度): the indicators under a goal's block measure that goal.
 */
export const KASHIWARA_WITH_TABLES: HandMadeSheet = {
  name: "政策推進部",
  rows: [
    ["令和7年度 政策推進部の運営方針"],
    ["部", "政策推進部", "部長", "小林 一裕"],
    ["【重点目標】"],
    [1, "目標", "(5)", "みんなでつくる暮らし続けられるまち", "分野", "市政運営", "令和7年度達成状況"],
    [null, "シティプロモーションの強化", null, null, null, null, null],
    [],
    ["指標", "令和7年度", null, "令和6年度", "達成度"],
    [null, "目標値", "実績", "実績(参考)", null],
    ["公式LINE登録者数", "1,000人", "700人", "800人", null],
    ["ウェブサイト閲覧数", "10,000件", "4,000件", "9,000件", null],
    [],
    [2, "目標", "(5)", "みんなでつくる暮らし続けられるまち", "分野", "行財政運営", "令和7年度達成状況"],
    [null, "公民連携の充実", null, null, null, null, null],
    [],
    ["指標", "令和7年度", null, "令和6年度", "達成度"],
    [null, "目標値", "実績", "実績(参考)", null],
    ["公民連携協定件数", "10件", "10件", "5件", null],
  ],
  merges: ["A4:A5", "B5:F5", "B7:C7", "A7:A8", "E7:E8", "A12:A13", "B13:F13", "B15:C15", "A15:A16", "E15:E16"],
};

/**
 * A plain list, header on row 4 from column B: numbers as numbers and as text, full-width digits, a
 * lower-is-better indicator (方向 減少), an empty actual and a letter typed in 達成度.
 */
export const PLAIN_LIST: HandMadeSheet = {
  name: "環境部",
  at: { row: 1, column: 1 },
  rows: [
    ["環境部 令和7年度 重点目標と指標"],
    [],
    ["No.", "重点目標", "指標", "単位", "方向", "目標値", "実績値", "達成率", "達成度"],
    [1, "ごみの減量", "1人1日あたりごみ排出量", "g", "減少", 850, 880, null, null],
    [1, "ごみの減量", "リサイクル率", "%", null, "２５", "２０", null, null],
    ["２", "脱炭素の推進", "公共施設の太陽光発電設備導入数", "施設", null, "12施設", null, null, null],
    [2, "脱炭素の推進", "環境学習講座の開催", null, null, "年10回", "年6回", null, "B"],
    [3, "生物多様性の保全", "市民団体との協働事業", null, null, null, null, null, "A"],
  ],
};

/** 令和7年度 merged over 目標値 | 実績値: a header over two rows, with a blank spacer column and a hidden row. */
export const TWO_ROW_HEADER: HandMadeSheet = {
  name: "都市整備部",
  rows: [
    ["都市整備部　令和7年度　運営方針"],
    [],
    ["指標", null, "令和7年度", null, "達成度"],
    [null, null, "目標値", "実績値", null],
    ["市営住宅の長寿命化改修戸数", null, "120戸", "96戸", null],
    ["都市計画道路の整備延長", null, "1.2km", "0.5km", null],
    ["公園の遊具更新箇所数", null, 30, 30, null],
  ],
  merges: ["A3:A4", "C3:D3", "E3:E4"],
  hiddenRows: [5],
};

/** Two blocks on one sheet whose columns stand in different orders. */
export const TWO_ORDERS: HandMadeSheet = {
  name: "健康福祉部",
  rows: [
    ["令和7年度 健康福祉部の運営方針"],
    ["重点目標 1 健康寿命の延伸"],
    ["指標", "目標値", "実績値"],
    ["特定健康診査の受診率", "60%", "45%"],
    [],
    ["重点目標 2 地域で支え合う福祉"],
    ["実績値", "指標", "目標値"],
    ["210人", "認知症サポーター養成数", "300人"],
  ],
};

/**
 * 豊中 (seed 003): a wide table of goals under a header merged over two rows, one numbered row per goal,
 * no indicator; at year end the department typed its 自己評価 letter in a column added at the right.
 */
export const TOYONAKA: HandMadeSheet = {
  name: "都市経営部 R5",
  rows: [
    ["部局", "都市経営部", "補職", "部長", "氏名", "籾床 和弘"],
    ["3. 当年度目標と目標設定に対する振り返り等"],
    ["No", "当年度目標(当初設定)", "実績", null, "自己評価"],
    [null, "取組み事項及びその内容・スケジュール", "取組みを行った内容・成果", "課題・今後の方向性", null],
    [
      1,
      "効果的・効率的な政策マネジメントの推進\n(1) 経営戦略会議、政策会議の効果的・効率的な運営",
      "(1) こども政策の充実強化を重点政策に位置付け戦略的に政策を推進",
      "アウトプット・アウトカムに重点を置いた政策調整の推進",
      "A",
    ],
    [null, "総合計画", "5-2- (1)", "公正で効果的・効率的な市政運営を進めます", null],
    [
      2,
      "多様な主体との連携を強化",
      "(1) 多様な主体との連携",
      "政策推進を図る手法として外部とのつながりをさらに強化",
      "B",
    ],
  ],
  merges: ["A3:A4", "B3:B3", "C3:D3", "E3:E4"],
};

/** A sheet with no indicator: a memo, not a department plan. */
export const MEMO: HandMadeSheet = {
  name: "メモ",
  rows: [["打合せメモ"], ["目標値は来週までに確認する"]],
};

export const HAND_MADE_WORKBOOKS: readonly HandMadeWorkbook[] = [
  { file: "hirakata.xlsx", sheets: [HIRAKATA] },
  { file: "hirakata-spring.xlsx", sheets: [HIRAKATA_SPRING] },
  { file: "kawanishi.xlsx", sheets: [KAWANISHI] },
  { file: "kawanishi-r3.xlsx", sheets: [KAWANISHI_YEAR_END] },
  { file: "kashiwara.xlsx", sheets: [KASHIWARA] },
  { file: "plain-list.xlsx", sheets: [PLAIN_LIST] },
  { file: "plain-list.xlsm", sheets: [PLAIN_LIST] },
  { file: "two-row-header.xlsx", sheets: [TWO_ROW_HEADER] },
  { file: "two-orders.xlsx", sheets: [TWO_ORDERS] },
  { file: "with-memo.xlsx", sheets: [MEMO, HIRAKATA_SPRING] },
  { file: "memo-only.xlsx", sheets: [MEMO] },
  { file: "toyonaka.xlsx", sheets: [TOYONAKA] },
  { file: "twenty-departments.xlsx", sheets: twentyDepartments() },
];

/** 20 departments in one workbook, one sheet each: department k has k indicators, all at 100%. */
export function twentyDepartments(): HandMadeSheet[] {
  return Array.from({ length: 20 }, (_, d) => ({
    name: `部${d + 1}`,
    rows: [
      [`令和7年度 第${d + 1}部の運営方針`],
      ["指標", "目標値", "実績値"],
      ...Array.from({ length: d + 1 }, (_, i) => [`指標${i + 1}`, `${(i + 1) * 10}件`, `${(i + 1) * 10}件`]),
    ],
  }));
}

export async function writeHandMadeXlsx(workbook: HandMadeWorkbook): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const sheet of workbook.sheets) {
    const ws = book.addWorksheet(sheet.name);
    const at = sheet.at ?? { row: 0, column: 0 };
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null) ws.getCell(at.row + r + 1, at.column + c + 1).value = value;
      });
    });
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
    for (const row of sheet.hiddenRows ?? []) ws.getRow(row + 1).hidden = true;
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
