/** Pane jobs for component tests: each one a test does not use fails loudly if called. */
import type { PaneJobs } from "../../src/taskpane/jobs";

export function paneJobs(overrides: Partial<PaneJobs>): PaneJobs {
  const unused = (name: string) => () => Promise.reject(new Error(`${name} is not used in this test`));
  return {
    insert: unused("insert"),
    readOutline: unused("readOutline"),
    addToSheet: unused("addToSheet"),
    grade: unused("grade"),
    undo: unused("undo"),
    setColumnRole: unused("setColumnRole"),
    convert: unused("convert"),
    rollover: unused("rollover"),
    selectCell: unused("selectCell"),
    canCopySheets: false,
    departmentSheets: unused("departmentSheets"),
    consolidate: unused("consolidate"),
    ...overrides,
  };
}
