/**
 * Seed 004: 川西市 総合政策部 — めざす姿, a multi-year KGI table (H29–R2 actuals, R3–R4 targets),
 * 現状と課題, 重点目標 and 細事業. The year is 令和3年度 (FY2021): R3 is the first target year. No
 * title and no 部長 are printed.
 *
 * Mapping:
 * - 1. めざす姿 is the policy; 3. 現状と課題 has no field and is kept in `unmodelled`.
 * - 2. KGI table → `kgis`, every value exactly as printed ("作業中", "-", "△53人"). 社会移動数 is a
 *   keep-in-balance indicator (転入・転出の均衡, target 0人): direction "band".
 * - 4. 重点目標 → goals 1–5 (まちづくり、市民サービスに関すること) and 6–8 (組織力の向上に関すること),
 *   the group being the goal's field.
 * - The R3 column of the KGI table → one indicator per KGI, target = R3 目標, actual null (not yet
 *   measured), baseline = R2 実績, or R1 実績 where R2 is 作業中.
 * - The document does not print which goal a KGI or a 細事業 serves. Both are attached by reading:
 *     KGI 施策評価指標達成率, 社会移動数 → goal 1 (後期基本計画・総合戦略); 基金確保比率 → goal 2
 *     (財政健全化); 市の情報が入手できている市民の割合 → goal 3 (情報発信); 参画と協働 → goal 4
 *     (地域人材); 病床利用率 → goal 5 (病院).
 *     細事業 ①② → goal 1, ③④⑤ → goal 2 (⑤ 組織定数管理 is city-wide staffing, part of 行財政改革),
 *     ⑥⑦ → goal 3 (⑦ 広聴 sits with 情報発信), ⑧⑨ → goal 4, ⑩ → goal 5. Goals 6–8 (the department's
 *     own organisation) have no 細事業.
 */
import { type Kgi } from "../../core/department/model";
import { type SampleDepartment, lines } from "./types";

const TOWN = "まちづくり、市民サービスに関すること";
const ORGANISATION = "組織力の向上に関すること";

/** The KGI table's columns: H29–R2 actuals, R3–R4 targets */
const KGI_COLUMNS = [
  { fiscalYear: 2017, kind: "actual" }, // H29
  { fiscalYear: 2018, kind: "actual" }, // H30
  { fiscalYear: 2019, kind: "actual" }, // R1
  { fiscalYear: 2020, kind: "actual" }, // R2
  { fiscalYear: 2021, kind: "target" }, // R3
  { fiscalYear: 2022, kind: "target" }, // R4
] as const;

type KgiRow = readonly [string, string, string, string, string, string];

/** One row of the KGI table, values in column order as printed */
function kgi(name: string, direction: Kgi["direction"], row: KgiRow): Kgi {
  return { name, direction, values: KGI_COLUMNS.map((column, i) => ({ ...column, value: row[i] ?? null })) };
}

export const seed004KawanishiSogoseisakuR3: SampleDepartment = {
  id: "seed004-kawanishi-sogoseisaku-r3",
  provenance: {
    seedFile: "004_b01abfc86428ba6d.txt",
    city: "川西市",
    title: "総合政策部 めざす姿・KGI・現状と課題・重点目標・具体的な取組み",
    titlePrinted: false,
    unmodelled: [
      {
        heading: "3. 現状と課題 (昨年度の振り返り)",
        text: lines(
          "<まちづくり、市民サービスに関すること>",
          "①後期基本計画・総合戦略・行財政改革推進と次期総合計画の策定",
          "②持続可能な行財政運営に向けた収支不足解消、非常時に必要な基金の確保",
          "③魅力発信、広報も見据えた広報戦略の確立と特性に応じた媒体活用",
          "④市民、地域との参画協働のさらなる推進、地域における担い手不足解消・人材育成",
          "⑤市立川西病院への経営支援、新病院の建設工事、地域医療連携推進法人への協力",
          "<組織力の向上に関すること>",
          "①組織及び個人単位で切れ目なく改善に取り組む仕組み、職場風土の確立",
          "②的確なマネジメントによる働き方改革",
          "③課内での情報共有・ノウハウの見える化",
        ),
      },
    ],
  },
  department: {
    name: "総合政策部",
    head: "",
    fiscalYear: 2021, // 令和3年度
    policy: lines(
      "<まちづくり、市民サービスに関すること>",
      "①ポストコロナをみすえつつ、総合戦略・行財政改革の推進、次期総合計画策定に着手する。",
      "②持続可能な行財政運営の基盤を確立する。",
      "③「市民とともに歩む」市政の推進をめざして、参画協働の推進および「市民に届く」情報提供に努める。",
      "④市民に安心して安全な医療を提供するため、基本構想に基づく病院改革を進める。",
      "<組織力の向上に関すること>",
      "①証拠に基づく政策立案、事業効果の検証、現場の実情を重視しつつ、庁内調整を行う。",
      "②新たな民間企業等の連携や新技術の導入などにチャレンジする。",
      "③コロナ対応・ポストコロナの立案・実施に向けてより迅速な調整を進める。",
      "④在宅勤務など新しい働き方へ対応も含め、業務の見える化・効率化を進める。",
    ),
    scale: "default",
    kgis: [
      kgi("後期基本計画の施策評価指標達成率", "up", ["-", "12.7%", "13.4%", "作業中", "40.0%", "100%"]),
      kgi("社会移動数 転入・転出の均衡", "band", ["△53人", "△219人", "193人", "△376人", "0人", "0人"]),
      kgi("基金確保比率", "up", ["6.7%", "6.7%", "14.1%", "作業中", "12.5%", "10.0%"]),
      kgi("必要な市の情報が入手できていると感じている市民の割合", "up", [
        "58.5%",
        "58.9%",
        "56.9%",
        "60.0%",
        "62.5%",
        "65.0%",
      ]),
      kgi("「参画と協働」の取り組みを行ったことのある市民の割合", "up", [
        "7.6%",
        "11.0%",
        "8.7%",
        "6.4%",
        "20.0%",
        "30.0%",
      ]),
      kgi("病床利用率 (稼働病床比)", "up", ["81.7%", "66.7%", "63.5%", "作業中", "67.3%", "80.0%"]),
    ],
    goals: [
      {
        no: 1,
        title:
          "後期基本計画・総合戦略の実現、次期総合計画・地域別構想策定の着手、官民連携等による新たな手法・技術の積極的な導入",
        field: TOWN,
        initiatives: [
          {
            text: lines(
              "総合計画・総合戦略策定管理事業",
              "①次期総合計画策定の着手、審議会・市民会議・タウンミーティングの実施 ②総合戦略の進捗管理",
            ),
            section: "政策創造課",
          },
          {
            text: lines("政策企画立案事業", "①民間、猪名川町との連携、新技術・手法の導入支援 ②都市整備公社の見直し"),
            section: "政策創造課",
          },
        ],
      },
      {
        no: 2,
        title: "行財政改革による透明化・事業効果の向上と財政健全化",
        field: TOWN,
        initiatives: [
          {
            text: lines(
              "行財政改革推進事業",
              "①事業再検証・使用料手数料・補助金・減免・市有地貸付の見直し ②内部統制の推進",
            ),
            section: "企画財政課",
          },
          {
            text: lines(
              "財政運営事業",
              "①実施計画～中期財政運営プラン～予算編成を通じた効果的な政策推進と財政健全化②事業進捗の共有と公表③川西都市開発(株)の再建計画見直し",
            ),
            section: "企画財政課",
          },
          {
            text: lines(
              "組織定数管理事業",
              "①実態(時間外勤務量、有給休暇取得率)および会計年度任用職員も反映した計画見直し②次期総計を見据えた組織・ポストのあり方検討",
            ),
            section: "企画財政課",
          },
        ],
      },
      {
        no: 3,
        title: "特性に応じた各情報発信媒体の活用をさらに進めるとともに、職員全体の情報発信力の向上を図る",
        field: TOWN,
        initiatives: [
          {
            text: lines(
              "広報誌発行、情報提供、魅力創造事業",
              "①広報戦略の確立、デジタルサイネージ等新たな情報発信媒体の導入・活用②職員全体の情報発信力の向上",
            ),
            section: "広報広聴課",
          },
          {
            text: lines("広聴事業", "タウンミーティングの実施と「実施の手引き」の庁内周知・改善とオンラインでの実施"),
            section: "広報広聴課",
          },
        ],
      },
      {
        no: 4,
        title: "新たな担い手確保に向けた地域人材マッチングの推進、地域人材の育成",
        field: TOWN,
        initiatives: [
          {
            text: lines(
              "参画と協働のまちづくり推進事業",
              "①地域人材マッチング(推進会議提言)の実施と民間事業者との連携の実現②市民ファシリテータ養成講座の開催",
            ),
            section: "参画協働課",
          },
          {
            text: lines("地域分権推進事業", "①ふるさと支援金の効果検証と改善②地域別構想見直し着手への支援"),
            section: "参画協働課",
          },
        ],
      },
      {
        no: 5,
        title: "病院指定管理者の適切な監督、新病院建設、市立川西病院跡地整備",
        field: TOWN,
        initiatives: [
          {
            text: lines(
              "病院事業会計支援事業",
              "①市立川西病院の運営についての適切な監督 ②医療情報システム、高額医療機器の選定及び契約 ③移転計画の策定 ④市立川西病院の跡地整備 ⑤地域医療連携推進法人への協力",
            ),
            section: "病院改革推進課",
          },
        ],
      },
      {
        no: 6,
        title: "総合計画、実施計画、行財政改革を通じた政策形成能力の向上",
        field: ORGANISATION,
      },
      {
        no: 7,
        title: "事業効果向上および働き方改革をめざす組織内コミュニケーションと業務の改善",
        field: ORGANISATION,
      },
      {
        no: 8,
        title: "広報戦略に基づく職員の説明・情報発信力の向上",
        field: ORGANISATION,
      },
    ],
    indicators: [
      {
        goalNo: 1,
        name: "後期基本計画の施策評価指標達成率",
        unit: "%",
        direction: "up",
        method: "ratio",
        baseline: "13.4%",
        target: "40.0%",
        actual: null,
        note: "基準値はR1実績(R2実績は作業中)",
      },
      {
        goalNo: 1,
        name: "社会移動数 転入・転出の均衡",
        unit: "人",
        direction: "band",
        method: "ratio",
        baseline: "△376人",
        target: "0人",
        actual: null,
        note: "基準値はR2実績",
      },
      {
        goalNo: 2,
        name: "基金確保比率",
        unit: "%",
        direction: "up",
        method: "ratio",
        baseline: "14.1%",
        target: "12.5%",
        actual: null,
        note: "基準値はR1実績(R2実績は作業中)",
      },
      {
        goalNo: 3,
        name: "必要な市の情報が入手できていると感じている市民の割合",
        unit: "%",
        direction: "up",
        method: "ratio",
        baseline: "60.0%",
        target: "62.5%",
        actual: null,
        note: "基準値はR2実績",
      },
      {
        goalNo: 4,
        name: "「参画と協働」の取り組みを行ったことのある市民の割合",
        unit: "%",
        direction: "up",
        method: "ratio",
        baseline: "6.4%",
        target: "20.0%",
        actual: null,
        note: "基準値はR2実績",
      },
      {
        goalNo: 5,
        name: "病床利用率 (稼働病床比)",
        unit: "%",
        direction: "up",
        method: "ratio",
        baseline: "63.5%",
        target: "67.3%",
        actual: null,
        note: "基準値はR1実績(R2実績は作業中)",
      },
    ],
  },
};
