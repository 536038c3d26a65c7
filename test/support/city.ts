import type { CitySummary } from "../../src/core/consolidate/city";

/** A city with nothing counted yet: for tests about another part of the summary. */
export const EMPTY_CITY: CitySummary = {
  indicators: { counts: {}, total: 0 },
  goals: { counts: {}, total: 0 },
  rate: null,
  rateText: null,
  grade: null,
  scaleId: "default",
  departmentsCounted: 0,
  mixedScales: false,
};
