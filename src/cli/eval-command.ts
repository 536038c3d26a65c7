/**
 * `tassei eval`: JSON Lines in (one indicator per line), JSON Lines out, same order, one line
 * out per non-blank line in. Streams: each line is graded and written before the next is read
 * (with back-pressure on both sides), so input of any length runs in constant memory.
 * A bad line yields an error line and the rest continue; exit 0 unless stdin itself fails.
 */
import { createInterface } from "node:readline";
import { type Bilingual, message } from "../core/messages";
import { isPresetName } from "../core/rules";
import { DEFAULT_SETTINGS, type EvalSettings, ScaleCache, evaluateLine, lookUp } from "./eval-line";
import { type CliIo, LineWriter, writeText } from "./io";
import { usageError } from "./usage";

export async function evalCommand(args: readonly string[], io: CliIo): Promise<number> {
  const settings = readOptions(args);
  if ("error" in settings) {
    await writeText(io.stderr, usageError(settings.error.ja, settings.error.en));
    return 2;
  }

  // Set from the stream's error event or the loop; a holder, because TypeScript cannot see the event.
  const stdin: { failure: Error | null } = { failure: null };
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  io.stdin.on("error", (error: Error) => {
    stdin.failure = error;
    lines.close();
  });
  const out = new LineWriter(io.stdout);
  const scales = new ScaleCache();
  let lineNumber = 0;
  try {
    for await (const text of lines) {
      lineNumber += 1;
      if (text.trim() === "") continue;
      await out.line(JSON.stringify(evaluateLine(text, lineNumber, settings, scales)));
    }
  } catch (error) {
    stdin.failure = error instanceof Error ? error : new Error(String(error));
  }
  await out.flush();
  if (stdin.failure !== null) {
    const detail = stdin.failure.message;
    await writeText(
      io.stderr,
      `${message("grading.cli.stdinUnreadable", "ja", { detail })}\n${message("grading.cli.stdinUnreadable", "en", { detail })}`,
    );
    return 1;
  }
  return 0;
}

/** --scale <preset or scale JSON>, --lower-is-better ratio|progress (also --name=value). */
function readOptions(args: readonly string[]): EvalSettings | { readonly error: Bilingual } {
  let settings = DEFAULT_SETTINGS;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [name, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    const value = inline ?? args[i + 1];
    if (inline === undefined && (name === "--scale" || name === "--lower-is-better")) i += 1;
    if (name === "--scale") {
      if (value === undefined) return bothLines("grading.cli.optionValue", { option: name, value: "" });
      const found = lookUp(isPresetName(value) || !value.trim().startsWith("{") ? value : safeJson(value));
      if (!found.ok) return { error: found.detail };
      settings = { ...settings, scale: found.scale };
    } else if (name === "--lower-is-better") {
      if (value !== "ratio" && value !== "progress")
        return bothLines("grading.cli.optionValue", { option: name, value: value ?? "" });
      settings = { ...settings, options: { ...settings.options, lowerIsBetter: value } };
    } else {
      return bothLines("grading.cli.unknownOption", { option: arg });
    }
  }
  return settings;
}

function safeJson(text: string): Record<string, unknown> | string {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === "object" && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : text;
  } catch {
    return text;
  }
}

function bothLines(
  key: "grading.cli.optionValue" | "grading.cli.unknownOption",
  params: Record<string, string>,
): { readonly error: Bilingual } {
  return { error: { ja: message(key, "ja", params), en: message(key, "en", params) } };
}
