/** Turns a corpus case into the engine's input, for the engine's own corpus test. */
import { PRESET_SCALES, type IndicatorInput, type Scale } from "../../../src/core/rules";
import { binary, dec, num } from "./cells";
import type { CorpusCase } from "./corpus";

export function corpusInput(c: CorpusCase): { input: IndicatorInput; scale: Scale } {
  const input: IndicatorInput = {
    target: c.target === null ? null : num(c.target),
    actual: c.done !== undefined ? binary(c.done) : c.actual === null ? null : num(c.actual),
    baseline: c.baseline === undefined ? null : num(c.baseline),
    direction: c.direction,
    method: c.method,
    band: c.band ? [dec(c.band[0]), dec(c.band[1])] : null,
    status: c.status,
    manual: c.manual ?? null,
  };
  return { input, scale: PRESET_SCALES[c.scale ?? "default"] };
}
