/**
 * The flags `tassei grade` and `tassei consolidate` share: `-o <file>`, `--json` and
 * `--lower-is-better ratio|progress`. Each command then checks its own positionals.
 */
import { parseArgs } from "node:util";
import { type Bilingual, bilingual } from "../core/messages";
import { argsError } from "./usage";

export interface BatchArgs {
  readonly positionals: readonly string[];
  readonly output: string | undefined;
  readonly json: boolean;
  readonly lowerIsBetter: "ratio" | "progress";
}

export function readBatchArgs(args: readonly string[]): BatchArgs | { readonly error: Bilingual } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        output: { type: "string", short: "o" },
        json: { type: "boolean" },
        "lower-is-better": { type: "string" },
      },
    });
  } catch (error) {
    return { error: argsError(error) };
  }
  const { values, positionals } = parsed;
  const rule = values["lower-is-better"] ?? "ratio";
  if (rule !== "ratio" && rule !== "progress") {
    return { error: bilingual("grading.cli.optionValue", { option: "--lower-is-better", value: rule }) };
  }
  return { positionals, output: values.output, json: values.json ?? false, lowerIsBetter: rule };
}
