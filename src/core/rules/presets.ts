/**
 * Ready-made scales. Each is ordinary scale data validated by the same schema as a city's own,
 * and says where it comes from: only the default is taken from a real document (seed 000);
 * the others are common shapes offered as starting points, not any particular city's rules.
 */
import { type Scale, type ScaleJson, scaleSchema } from "./scale";

const TASSEI_PRESET = {
  ja: "Tassei のプリセット（特定の市の様式ではありません）",
  en: "Tassei preset (not taken from a particular city's form)",
};

const NOT_CARRIED_OUT_E = {
  letter: "E",
  label: { ja: "未実施", en: "Not carried out" },
  description: {
    ja: "事業の取りやめなどにより評価不能又は困難。0%",
    en: "Cannot be evaluated, e.g. the project was cancelled. Counts as 0%.",
  },
};

const defaultScale: ScaleJson = {
  id: "default",
  version: 1,
  name: { ja: "達成度 A〜E（標準）", en: "Grades A–E (standard)" },
  source: {
    ja: "柏原市 令和7年度 政策推進部の運営方針「達成度について」",
    en: "Kashiwara City, FY2025 Policy Promotion Department plan, “About the achievement grade”",
  },
  grades: [
    {
      letter: "A",
      label: { ja: "達成", en: "Achieved" },
      description: { ja: "目標を達成することができた。100%", en: "The target was achieved. 100%" },
      min: 100,
    },
    {
      letter: "B",
      label: { ja: "概ね達成", en: "Mostly achieved" },
      description: {
        ja: "概ね目標どおり達成することができた。70%以上100%未満",
        en: "Mostly as targeted. 70% or more, under 100%",
      },
      min: 70,
    },
    {
      letter: "C",
      label: { ja: "一部達成", en: "Partly achieved" },
      description: {
        ja: "目標の一部を達成できた。50%以上70%未満",
        en: "Part of the target was achieved. 50% or more, under 70%",
      },
      min: 50,
    },
    {
      letter: "D",
      label: { ja: "未達成", en: "Not achieved" },
      description: {
        ja: "目標達成に向け取り組んだが、目標達成に至らなかった。50%未満",
        en: "Worked towards the target but did not reach it. Under 50%",
      },
    },
  ],
  notCarriedOut: NOT_CARRIED_OUT_E,
};

const strictScale: ScaleJson = {
  id: "strict-90-80",
  version: 1,
  name: { ja: "達成度 A〜E（B 90%・C 80%）", en: "Grades A–E (B at 90%, C at 80%)" },
  source: TASSEI_PRESET,
  grades: [
    { letter: "A", label: { ja: "達成", en: "Achieved" }, min: 100 },
    { letter: "B", label: { ja: "概ね達成", en: "Mostly achieved" }, min: 90 },
    { letter: "C", label: { ja: "一部達成", en: "Partly achieved" }, min: 80 },
    { letter: "D", label: { ja: "未達成", en: "Not achieved" } },
  ],
  notCarriedOut: NOT_CARRIED_OUT_E,
};

const stretchScale: ScaleJson = {
  id: "stretch-110",
  version: 1,
  name: { ja: "達成度 A〜E（A は目標の110%以上）", en: "Grades A–E (A needs 110% of the target)" },
  source: TASSEI_PRESET,
  grades: [
    { letter: "A", label: { ja: "目標を上回って達成", en: "Exceeded the target" }, min: 110 },
    { letter: "B", label: { ja: "達成・概ね達成", en: "Achieved or mostly achieved" }, min: 80 },
    { letter: "C", label: { ja: "一部達成", en: "Partly achieved" }, min: 50 },
    { letter: "D", label: { ja: "未達成", en: "Not achieved" } },
  ],
  notCarriedOut: NOT_CARRIED_OUT_E,
};

/** 7 points at 100%, one point less per 10%, 1 point under 50%. */
const pointsScale: ScaleJson = {
  id: "points-7",
  version: 1,
  name: { ja: "7段階評価（10%刻み）", en: "7-point scale (10% steps)" },
  source: TASSEI_PRESET,
  grades: [
    { letter: "7", label: { ja: "7点（100%以上）", en: "7 points (100% or more)" }, min: 100 },
    { letter: "6", label: { ja: "6点（90%以上）", en: "6 points (90% or more)" }, min: 90 },
    { letter: "5", label: { ja: "5点（80%以上）", en: "5 points (80% or more)" }, min: 80 },
    { letter: "4", label: { ja: "4点（70%以上）", en: "4 points (70% or more)" }, min: 70 },
    { letter: "3", label: { ja: "3点（60%以上）", en: "3 points (60% or more)" }, min: 60 },
    { letter: "2", label: { ja: "2点（50%以上）", en: "2 points (50% or more)" }, min: 50 },
    { letter: "1", label: { ja: "1点（50%未満）", en: "1 point (under 50%)" } },
  ],
  notCarriedOut: { letter: "0", label: { ja: "未実施", en: "Not carried out" } },
};

/** For goals without numbers: the manager grades by hand, ◎○△× or S/A/B/C; ― (D) is not carried out. */
const qualitativeScale: ScaleJson = {
  id: "qualitative-5",
  version: 1,
  name: { ja: "定性評価 ◎○△×―（S/A/B/C/D）", en: "Qualitative ◎○△×― (S/A/B/C/D)" },
  source: TASSEI_PRESET,
  manual: true,
  grades: [
    { letter: "S", symbol: "◎", label: { ja: "目標を上回る成果", en: "Beyond the target" } },
    { letter: "A", symbol: "○", label: { ja: "達成", en: "Achieved" } },
    { letter: "B", symbol: "△", label: { ja: "一部達成", en: "Partly achieved" } },
    { letter: "C", symbol: "×", label: { ja: "未達成", en: "Not achieved" } },
  ],
  notCarriedOut: {
    letter: "D",
    symbol: "―",
    label: { ja: "未実施・評価不能", en: "Not carried out / cannot be evaluated" },
  },
};

export const PRESET_NAMES = ["default", "strict-90-80", "stretch-110", "points-7", "qualitative-5"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export const PRESET_SCALES: Readonly<Record<PresetName, Scale>> = {
  default: scaleSchema.parse(defaultScale),
  "strict-90-80": scaleSchema.parse(strictScale),
  "stretch-110": scaleSchema.parse(stretchScale),
  "points-7": scaleSchema.parse(pointsScale),
  "qualitative-5": scaleSchema.parse(qualitativeScale),
};

export const DEFAULT_SCALE: Scale = PRESET_SCALES.default;

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

export function presetScale(name: string): Scale | null {
  return isPresetName(name) ? PRESET_SCALES[name] : null;
}

/** The preset of this name, else the default scale: what a sheet naming no known scale is graded on. */
export function presetOrDefault(name: string | null | undefined): Scale {
  return (name ? presetScale(name) : null) ?? DEFAULT_SCALE;
}
