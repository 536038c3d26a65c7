/**
 * What the pane asks when adding to a sheet, checked at the boundary with zod: which sheet it read (the
 * edit is refused if another sheet is active by then) and what to add.
 */
import * as z from "zod/mini";
import { GoalDraftSchema, IndicatorDraftSchema, InitiativeDraftSchema } from "../insert/draft";
import type { SheetEdit } from "./plan-edit";

export const SheetEditRequestSchema = z.object({
  /** The sheet the pane showed: the active sheet must still be this one. */
  sheet: z.string(),
  edit: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("goal"), goal: GoalDraftSchema }),
    z.object({ kind: z.literal("initiative"), goalNo: z.int(), initiative: InitiativeDraftSchema }),
    z.object({ kind: z.literal("indicator"), goalNo: z.int(), indicator: IndicatorDraftSchema }),
  ]),
});
export type SheetEditRequest = z.input<typeof SheetEditRequestSchema>;

export type SheetEditValidation =
  | { readonly ok: true; readonly sheet: string; readonly edit: SheetEdit }
  | { readonly ok: false; readonly path: string };

export function validateSheetEditRequest(input: unknown): SheetEditValidation {
  const parsed = SheetEditRequestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, path: parsed.error.issues[0]?.path.join(".") ?? "" };
  return { ok: true, sheet: parsed.data.sheet, edit: parsed.data.edit };
}
