/**
 * The flags `tassei grade` and `tassei consolidate` share: `-o <file>`, `--json` and
 * `--lower-is-better ratio|progress`. Each command then checks its own positionals.
 */
import { parseArgs } from "node:util";
import { parseFiscalYear } from "../core/era";
import { type Bilingual, bilingual } from "../core/messages";
import { pdfNameError } from "./pdf-file";
import { argsError } from "./usage";

export interface BatchArgs {
  readonly positionals: readonly string[];
  readonly output: string | undefined;
  readonly json: boolean;
  readonly lowerIsBetter: "ratio" | "progress";
  /** --year: the fiscal year to consolidate (2025, R7, 令和7年度); absent: the latest found. */
  readonly fiscalYear?: number;
  /** --roster: a file listing the city's departments (consolidate only). */
  readonly roster?: string;
  /** --pdf: the publication PDF to write beside the workbook. */
  readonly pdf?: string;
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
        year: { type: "string" },
        roster: { type: "string" },
        pdf: { type: "string" },
      },
    });
  } catch (error) {
    return { error: argsError(error) };
  }
  const { values, positionals } = parsed;
  if (values.pdf !== undefined) {
    const badPdf = pdfNameError(values.pdf);
    if (badPdf) return { error: badPdf };
  }
  const rule = values["lower-is-better"] ?? "ratio";
  if (rule !== "ratio" && rule !== "progress") {
    return { error: bilingual("grading.cli.optionValue", { option: "--lower-is-better", value: rule }) };
  }
  const base = {
    positionals,
    output: values.output,
    json: values.json ?? false,
    lowerIsBetter: rule,
    ...(values.roster === undefined ? {} : { roster: values.roster }),
    ...(values.pdf === undefined ? {} : { pdf: values.pdf }),
  } as const;
  if (values.year === undefined) return base;
  const year = parseFiscalYear(values.year);
  if (!year.ok) return { error: bilingual("grading.cli.optionValue", { option: "--year", value: values.year }) };
  return { ...base, fiscalYear: year.year };
}
