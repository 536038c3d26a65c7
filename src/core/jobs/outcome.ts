import type { Bilingual } from "../messages";

/** What a user action ended with, for the pane and for the ribbon's notification alike. */
export type JobOutcome =
  | { readonly status: "done"; readonly summary: Bilingual }
  | { readonly status: "not_available" }
  | { readonly status: "failed"; readonly message: Bilingual };
