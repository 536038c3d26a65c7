/**
 * `--pdf <file>`: the publication PDF of the workbook a command wrote (or, for `grade` without `-o`, graded
 * in memory), made by LibreOffice with a profile that recalculates on load; every visible sheet prints as its
 * print setup says (Tassei sets A4/A3, one page wide, title rows, header and footer). Written whole, by a
 * rename, or not at all; a PDF from an earlier run is replaced, as a publication is regenerated.
 */
import { type Bilingual, bilingual } from "../core/messages";
import { LIBREOFFICE_INSTALL_HINT, LibreOfficeMissing, convertWithLibreOffice } from "./libreoffice";
import { localised } from "./localised";
import { writeFailureReason, writeFileWhole } from "./write-file";

/** The name a PDF must have, or the reason it cannot. */
export function pdfNameError(file: string): Bilingual | null {
  return /\.pdf$/iu.test(file) ? null : bilingual("cli.pdf.extension", { file });
}

/** Writes the PDF of `xlsx` to `file`; null when written, else why not in both languages. */
export async function writePdf(xlsx: Uint8Array, file: string): Promise<Bilingual | null> {
  let pdf: Uint8Array;
  try {
    pdf = await convertWithLibreOffice(xlsx, "pdf");
  } catch (error) {
    if (error instanceof LibreOfficeMissing) {
      return bilingual("cli.pdf.noLibreOffice", { file, hint: LIBREOFFICE_INSTALL_HINT });
    }
    return localised("cli.pdf.failed", { file }, "reason", failureText(error));
  }
  try {
    writeFileWhole(file, pdf, { replace: true });
    return null;
  } catch (error) {
    return localised("cli.pdf.failed", { file }, "reason", writeFailureReason(error));
  }
}

function failureText(error: unknown): Bilingual {
  const text = error instanceof Error ? error.message.split("\n")[0]! : String(error);
  return { ja: text, en: text };
}

/** A PDF failure after the workbook was written: says the workbook is there, so nobody writes it again. */
export function withWorkbookWritten(reason: Bilingual, workbook: string): Bilingual {
  return localised("cli.pdf.workbookWritten", { workbook }, "reason", reason);
}
