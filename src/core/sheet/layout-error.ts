/**
 * A department sheet that cannot be planned: an input no sheet can hold (an invalid sheet id, metadata
 * over Excel's 255-character limit, a row count out of range). These are the caller's mistakes, not a
 * person's data, so they are thrown; the message is bilingual for whoever ends up showing it.
 */
import { type MessageKey, type MessageParams, bilingual, type Bilingual } from "../messages";

export class LayoutError extends Error {
  readonly key: MessageKey;
  readonly text: Bilingual;

  constructor(key: MessageKey, params: MessageParams) {
    const text = bilingual(key, params);
    super(text.en);
    this.name = "LayoutError";
    this.key = key;
    this.text = text;
  }
}
