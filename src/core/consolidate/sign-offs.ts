/**
 * Which departments are not signed off yet (#18): a department's sheet is signed off when both 課長確認 and
 * 部長確認 name someone. The summary lists the others, each with what is missing and, for a sheet of this
 * workbook, a link to the cell to fill in, so the planning division knows whom to ask before publishing.
 */
import type { SignOffRole } from "../sheet/header/header-block";
import type { DepartmentRecord } from "./sources";

export interface SignOffLine {
  readonly department: string;
  readonly label: string;
  /** Each role's name and date as written, or null while not signed. */
  readonly section: { readonly name: string; readonly date: string } | null;
  readonly director: { readonly name: string; readonly date: string } | null;
  /** The first cell to fill in, for a sheet of this workbook with a place for it. */
  readonly link: { readonly sheet: string; readonly cell: string } | null;
}

export function notSignedOff(records: readonly DepartmentRecord[]): SignOffLine[] {
  return records.flatMap((record) => {
    // A sheet with no place for a sign-off (made before it had one, laid out by hand without the labels)
    // cannot be signed on: it is not listed as waiting for one.
    if (record.signOffCells.section === null && record.signOffCells.director === null) return [];
    const { signOffs } = record.department;
    const of = (role: SignOffRole) => (signOffs[role].name.trim() === "" ? null : signOffs[role]);
    const section = of("section");
    const director = of("director");
    if (section !== null && director !== null) return [];
    const cell = section === null ? record.signOffCells.section : record.signOffCells.director;
    return [
      {
        department: record.department.name,
        label: record.label,
        section,
        director,
        link: record.inWorkbook && cell !== null ? { sheet: record.sheetName, cell } : null,
      },
    ];
  });
}
