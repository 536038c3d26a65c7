import type { Bilingual } from "../messages";

/** What a user action ended with, for the pane and for the ribbon's notification alike. */
export type JobOutcome =
  | { readonly status: "done"; readonly summary: Bilingual }
  | { readonly status: "not_available" }
  | { readonly status: "failed"; readonly message: Bilingual };

/** What inserting a department sheet ended with. */
export type InsertOutcome =
  | { readonly status: "done"; readonly sheet: string; readonly renamed: boolean }
  | { readonly status: "invalid"; readonly problems: readonly Bilingual[] }
  | { readonly status: "failed"; readonly message: Bilingual };
