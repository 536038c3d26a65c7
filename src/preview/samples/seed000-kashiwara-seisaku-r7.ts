/**
 * Seed 000: 柏原市 政策推進部 「令和7年度 政策推進部の運営方針」 — the plan at the start of the year.
 * The A–E scale it prints is the default scale; 達成状況, 達成度, 具体的な取組実績, 総合評価・総括 and
 * 今後検討すべきこと are still blank (they are filled in at year end), and it has no KPIs: each goal is
 * graded by hand, so `manualGrade` stays null here.
 */
import { type SampleDepartment, lines } from "./types";

/** Owning sections (所管室・課) printed for both initiatives of goal 1 and of goal 2 */
const HISHO_KOHO = "秘書広報課";
const KIKAKU_CHOSEI = "企画調整課";

export const seed000KashiwaraSeisakuR7: SampleDepartment = {
  id: "seed000-kashiwara-seisaku-r7",
  provenance: {
    seedFile: "000_66f6d4edd2d9ec1c.txt",
    city: "柏原市",
    title: "令和7年度 政策推進部の運営方針",
    titlePrinted: true,
    unmodelled: [
      // The department has two 監 besides its head; the model has one head only.
      { heading: "監", text: lines("小林 一裕（総合政策監）", "小林 聰（危機管理監）") },
    ],
  },
  department: {
    name: "政策推進部",
    head: "小林 一裕",
    fiscalYear: 2025, // 令和7年度
    policy: lines(
      "政策推進部は、市の政策をまとめ、実行するための施策に関する企画、関連部署間等の調整に加えて、市民への情報発信と広聴、職員の人事管理、防災対策などを所管しています。",
      "まちの将来像の実現や少子高齢化、人口減少等の課題に対して、にぎわいと活力ある市であり続けるために、公民連携の充実による民間活力の導入の推進や市内外に向けた情報発信を強化するとともに、それらを担う職員の能力向上を図ります。",
      "防災対策については、近年の自然災害の激甚化を踏まえ、防災・減災対策のより一層の強化に努めるとともに、地域防災の要となる消防団の組織力強化に向けた取組を進めます。",
    ),
    scale: "default",
    goals: [
      {
        no: 1,
        title:
          "シティプロモーションの強化のため広報かしわらやウェブサイト、SNSなどを活用し、市政情報および本市の魅力を市内外に発信",
        // 目標 (5) みんなでつくる暮らし続けられるまち
        masterPlanCodes: ["(5)"],
        field: "市政運営",
        targetStatement:
          "市内外に柏原市の取組や魅力発信に向けて、広報かしわらや市ウェブサイト、SNSの発信力を強化します。",
        initiatives: [
          {
            text: "柏原市公式LINEによる情報発信力を強化するため、関係部局との連携を今までよりさらに密にすることで、内容の充実を図ります。また、全ての市民がウェブサイトの情報を活用できるようウェブアクセシビリティの向上を図ります。",
            section: HISHO_KOHO,
          },
          {
            text: "柏原市の伝統産業である染色業で用いられている注染と捺染の技法を用いて手拭いを作成し、市外から訪れた関係者などへの配布や、プレゼントキャンペーンを通じ本市の魅力の発信と公式SNSの登録者増加を目指します。",
            section: HISHO_KOHO,
          },
        ],
      },
      {
        no: 2,
        title: "公民連携の充実による持続可能な行財政運営の推進",
        masterPlanCodes: ["(5)"],
        field: "行財政運営",
        targetStatement:
          "行政課題の解決や市の活力向上、持続可能な行財政運営の推進に向け、民間事業者や大学との連携を強化します。",
        initiatives: [
          {
            text: "行政が抱える政策課題と、大学側から提案される研究課題や地域貢献の機会をマッチングし、多岐にわたる連携を円滑に進めます。",
            section: KIKAKU_CHOSEI,
          },
          {
            text: "効率的で効果的な行政サービスの提供が行えるよう、民間事業者などからの相談・提案を積極的に受け、行政と民間の対話を充実させることで公民連携による事業構築を図ります。また、組織的に連携が進められるよう、庁内各部局への調整を行います。",
            section: KIKAKU_CHOSEI,
          },
        ],
      },
      {
        no: 3,
        title: "職員の能力向上",
        masterPlanCodes: ["(5)"],
        field: "行財政運営",
        targetStatement: "質の高い市民サービスを提供できるよう、職員一人ひとりの能力向上を図ります。",
        initiatives: [
          {
            text: "階層ごとに必要な知識習得や能力向上のための研修や在職年数に応じた法律知識を習得するための研修などを継続して実施します。",
            section: "人事課",
          },
        ],
      },
      {
        no: 4,
        title: "防災対策の充実強化",
        // 目標 (1) 安全で安心して健やかに暮らせるまち
        masterPlanCodes: ["(1)"],
        field: "防災",
        // Two 今年度の達成目標 are printed for this goal.
        targetStatement: lines(
          "大規模災害時に誰もが安心して避難ができる環境の確保に向け、避難生活に必要な防災備蓄の充実や福祉避難所の拡充に努めます。",
          "地域防災の中核を担う消防団の組織力強化に向け、団員数の確保と技能育成に取り組むとともに装備の充実等活動環境の充実を図ります。",
        ),
        // The document prints three 具体的な取組 rows owned by 危機管理課 whose text is blank (lost in the
        // source, or left for later): kept as three initiatives with empty text rather than invented.
        initiatives: [
          { text: "", section: "危機管理課" },
          { text: "", section: "危機管理課" },
          { text: "", section: "危機管理課" },
        ],
      },
    ],
    indicators: [],
  },
};
