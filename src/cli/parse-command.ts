/** `tassei parse "<text>"`: one cell read by the number parser, printed as one JSON object. */
import { parseCell } from "../core/numbers/parse";
import { parseResultToJson } from "../core/numbers/json";
import { message } from "../core/messages";
import { type CliIo, writeText } from "./io";
import { usageError } from "./usage";

export async function parseCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [text, ...extra] = args;
  if (text === undefined || extra.length > 0) {
    await writeText(
      io.stderr,
      usageError(message("grading.cli.parseArgument", "ja"), message("grading.cli.parseArgument", "en")),
    );
    return 2;
  }
  await writeText(io.stdout, JSON.stringify(parseResultToJson(parseCell(text))));
  return 0;
}
