/**
 * Excel's window in the preview: name box and formula bar, the grid of the active sheet, the sheet
 * tabs. It owns what a person does there — selecting with mouse and keys, typing into a cell — and
 * redraws after every change, the user's or a job's (see PreviewWorkbook).
 *
 * Keys, as in Excel: arrows, Home, Ctrl+Home, Ctrl+End, PageUp/PageDown move; Enter moves down
 * (Shift+Enter up), Tab right (Shift+Tab left, never past column A), and Enter after a run of Tabs goes
 * to the next row at the column the run started from; Ctrl+PageUp/PageDown switch sheets; F2 edits the
 * active cell; typing starts a new entry (then the arrows commit and move); Delete clears; in the editor
 * Enter commits and moves down, Tab right, Alt+Enter starts a new line, Escape cancels. An entry is also
 * committed when the editor loses focus. Tab never takes the focus out of the grid.
 *
 * Typing goes through a text box that always sits, unseen, in the active cell and holds the focus while
 * the grid has it — as Excel's own grid does — so that a Japanese input method composes there from the
 * first key: the composition becomes the entry in place, and its Enter confirms the conversion without
 * committing the cell.
 */
import { makeStyles } from "@fluentui/react-components";
import {
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from "react";
import type { MessageKey, MessageParams } from "../../../core/messages";
import { useI18n } from "../../../taskpane/i18n";
import { cellAddress } from "@tassei/excel-rules";
import { type CellRect, parseAddress, rect, rectAddress } from "@tassei/in-memory-excel";

/** A cell's position (zero-based). */
interface CellPoint {
  readonly row: number;
  readonly column: number;
}
import { editText } from "./edit-text";
import { FormulaBar } from "./FormulaBar";
import type { EntryOutcome, PreviewWorkbook } from "./preview-workbook";
import { SheetGrid } from "./SheetGrid";
import { SheetTabs } from "./SheetTabs";

/** Rows moved by PageUp / PageDown. */
const PAGE_ROWS = 20;

/** One step of the active cell: "tab"/"backTab" are Tab/Shift+Tab, "return" is Enter (see step). */
type Step = "down" | "up" | "right" | "left" | "tab" | "backTab" | "return";

const STEPS: Record<Step, readonly [number, number]> = {
  down: [1, 0],
  return: [1, 0],
  up: [-1, 0],
  right: [0, 1],
  tab: [0, 1],
  left: [0, -1],
  backTab: [0, -1],
};

interface Edit {
  readonly sheet: string;
  readonly row: number;
  readonly column: number;
  readonly draft: string;
  /** Where the user types: in the cell or in the formula bar. */
  readonly place: "cell" | "bar";
  /** Excel's Enter mode (started by typing: arrows commit and move) or Edit mode (F2: arrows move the caret). */
  readonly mode: "enter" | "edit";
}

interface Problem {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

const PROBLEMS: Record<Exclude<EntryOutcome["status"], "done" | "failed">, MessageKey> = {
  "invalid-formula": "preview.entry.invalidFormula",
  protected: "preview.entry.protected",
  "too-long": "preview.entry.tooLong",
};

function problemOf(outcome: EntryOutcome): Problem | undefined {
  if (outcome.status === "done") return undefined;
  if (outcome.status === "failed") return { key: "preview.entry.failed", params: { detail: outcome.detail } };
  return { key: PROBLEMS[outcome.status] };
}

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, height: "100%" },
  panel: { display: "flex", flexDirection: "column", flexGrow: 1, minHeight: 0 },
  problem: {
    padding: "4px 8px",
    backgroundColor: "#FDE7E9",
    color: "#A4262C",
    fontSize: "13px",
    borderBottom: "1px solid #F1BBBC",
  },
  idle: {
    position: "absolute",
    top: 0,
    left: 0,
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    margin: 0,
    padding: 0,
    border: "none",
    resize: "none",
    opacity: 0,
    caretColor: "transparent",
    backgroundColor: "transparent",
    outlineStyle: "none",
    pointerEvents: "none",
  },
  editor: {
    position: "absolute",
    top: 0,
    left: 0,
    zIndex: 5,
    minWidth: "100%",
    width: "max(100%, 240px)",
    minHeight: "100%",
    boxSizing: "border-box",
    margin: 0,
    padding: "1px 3px",
    border: "2px solid #217346",
    resize: "none",
    font: "inherit",
    color: "#000000",
    backgroundColor: "#FFFFFF",
    outlineStyle: "none",
  },
});

export function WorkbookView(props: { workbook: PreviewWorkbook }) {
  const { workbook } = props;
  const { t } = useI18n();
  const styles = useStyles();
  const version = useSyncExternalStore(workbook.subscribe, workbook.version);
  const [edit, setEditState] = useState<Edit | undefined>(undefined);
  // Handlers read the edit from here: blur can follow a commit before React has re-rendered.
  const editRef = useRef<Edit | undefined>(undefined);
  const [problem, setProblem] = useState<Problem | undefined>(undefined);
  const gridRef = useRef<HTMLTableElement>(null);
  const formulaRef = useRef<HTMLTextAreaElement>(null);
  const cellEditorRef = useRef<HTMLTextAreaElement>(null);
  // Whether the grid (its text box) has the focus: the text box moves with the active cell and takes it along.
  const gridFocused = useRef(false);
  // Where a Shift+arrow selection started and where its moving corner is (see extendBy).
  const stretch = useRef<{ sheet: string; anchor: CellPoint; corner: CellPoint; area: CellRect } | null>(null);
  // A run of Tabs: the selection its last Tab made (the very object, so any other selection ends the run)
  // and the column it started from, where Enter goes back to (see step).
  const tabRun = useRef<{ selection: CellRect; startColumn: number } | null>(null);
  const panelId = "preview-sheet-panel";

  const setEdit = (next: Edit | undefined) => {
    editRef.current = next;
    setEditState(next);
  };

  // Leaving the page mid-entry must not leave the workbook in cell-edit mode (jobs would wait forever).
  useEffect(() => () => workbook.endCellEdit(), [workbook]);

  // The in-cell editor takes the focus when it opens; F2 and a double-click put the caret after the text.
  // Typing (a composition included) already happens in it: its caret is left alone.
  const editorOpen = edit?.place === "cell";
  const editMode = edit?.mode;
  useLayoutEffect(() => {
    const editor = cellEditorRef.current;
    if (!editorOpen || !editor) return;
    if (document.activeElement !== editor) editor.focus();
    if (editMode === "edit") editor.setSelectionRange(editor.value.length, editor.value.length);
  }, [editorOpen, editMode]);

  // The text box is drawn anew in each active cell: it takes the focus along while the grid has it.
  useLayoutEffect(() => {
    const input = cellEditorRef.current;
    if (gridFocused.current && input && document.activeElement !== input) input.focus();
  });

  const sheet = workbook.activeSheet();
  if (!sheet) return null;
  const model = workbook.model;
  const selection = sheet.selection;
  const active = { row: selection.row, column: selection.column };
  const storedText = editText(
    sheet.cell(active.row, active.column)?.content,
    model.styleAt(sheet, active.row, active.column).numberFormat,
  );

  const focusGrid = () => {
    gridFocused.current = true;
    (cellEditorRef.current ?? gridRef.current)?.focus();
  };

  const select = (area: CellRect, sheetName = sheet.name) => {
    tabRun.current = null;
    workbook.select(sheetName, area);
  };

  const activate = (sheetName: string) => {
    tabRun.current = null;
    workbook.activate(sheetName);
  };

  const moveBy = (rows: number, columns: number) =>
    select(rect(Math.max(0, active.row + rows), Math.max(0, active.column + columns)));

  /**
   * Moves the active cell one step from `from` (never past row 1 or column A), as Excel's Enter, Tab and
   * arrows do. Tabs in a row make a run: Enter after it goes to the next row at the column the run
   * started from, so that a table is typed row by row with Tab and Enter alone.
   */
  const step = (sheetName: string, from: CellPoint, how: Step) => {
    const target = model.findSheet(sheetName);
    if (!target) return;
    const run = tabRun.current?.selection === target.selection ? tabRun.current : null;
    const [rows, columns] = STEPS[how];
    const column = how === "return" && run ? run.startColumn : Math.max(0, from.column + columns);
    select(rect(Math.max(0, from.row + rows), column), sheetName);
    if (how === "tab" || how === "backTab") {
      tabRun.current = { selection: target.selection, startColumn: run ? run.startColumn : from.column };
    }
  };

  // Shift+arrow: the selection stretches from where it started (the anchor) to a moving corner, as in
  // Excel. The model keeps one rectangle, so the anchor and the corner are remembered here while the
  // selection is still the one they made.
  const extendBy = (rows: number, columns: number) => {
    const known = stretch.current;
    const same =
      known !== null &&
      known.sheet === sheet.name &&
      known.area.row === selection.row &&
      known.area.column === selection.column &&
      known.area.rowCount === selection.rowCount &&
      known.area.columnCount === selection.columnCount;
    const anchor = same ? known.anchor : active;
    const from = same ? known.corner : active;
    const corner = { row: Math.max(0, from.row + rows), column: Math.max(0, from.column + columns) };
    const area = rect(
      Math.min(anchor.row, corner.row),
      Math.min(anchor.column, corner.column),
      Math.abs(corner.row - anchor.row) + 1,
      Math.abs(corner.column - anchor.column) + 1,
    );
    stretch.current = { sheet: sheet.name, anchor, corner, area };
    select(area);
  };

  const startEdit = (draft: string | undefined, place: Edit["place"], mode: Edit["mode"]) => {
    workbook.beginCellEdit();
    setProblem(undefined);
    setEdit({ sheet: sheet.name, ...active, draft: draft ?? storedText, place, mode });
  };

  const changeDraft = (draft: string, place: Edit["place"]) => {
    const current = editRef.current;
    if (!current) startEdit(draft, place, "edit");
    else setEdit({ ...current, draft });
  };

  /** Writes the entry; false (and the reason shown, still editing) when Excel refuses it. */
  const commit = (move: Step | "none"): boolean => {
    const current = editRef.current;
    if (!current) return true;
    const refused = problemOf(workbook.enter(current.sheet, current.row, current.column, current.draft));
    if (refused) {
      // Still editing, as Excel stays in the cell after refusing an entry: waiting jobs keep waiting.
      setProblem(refused);
      return false;
    }
    // The entry is in: Excel leaves edit mode, and jobs waiting for that (delayForCellEdit) go on.
    workbook.endCellEdit();
    setEdit(undefined);
    setProblem(undefined);
    if (move !== "none") step(current.sheet, current, move);
    return true;
  };

  const cancel = () => {
    workbook.endCellEdit();
    setEdit(undefined);
    setProblem(undefined);
    focusGrid();
  };

  /**
   * A key on the selected cell (not while typing an entry). `typing`: a character starts an entry here;
   * from the text box it is left to the text box, whose input (or composition) starts the entry instead.
   */
  const gridKey = (event: KeyboardEvent<HTMLElement>, typing: boolean) => {
    const control = event.ctrlKey || event.metaKey;
    const { key } = event;
    if (control && (key === "PageDown" || key === "PageUp")) {
      const sheets = workbook.visibleSheets();
      const next = sheets[sheets.indexOf(sheet) + (key === "PageDown" ? 1 : -1)];
      if (next) activate(next.name);
    } else if (event.shiftKey && key.startsWith("Arrow")) {
      const delta = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] }[key];
      if (!delta) return;
      extendBy(delta[0]!, delta[1]!);
    } else if (key === "ArrowDown") moveBy(1, 0);
    else if (key === "ArrowUp") moveBy(-1, 0);
    else if (key === "ArrowRight") moveBy(0, 1);
    else if (key === "ArrowLeft") moveBy(0, -1);
    else if (key === "PageDown") moveBy(PAGE_ROWS, 0);
    else if (key === "PageUp") moveBy(-PAGE_ROWS, 0);
    else if (key === "Home") select(rect(control ? 0 : active.row, 0));
    else if (key === "End" && control) {
      const used = model.usedRect(sheet, true);
      select(used ? rect(used.row + used.rowCount - 1, used.column + used.columnCount - 1) : rect(0, 0));
    } else if (key === "Tab" && !control && !event.altKey) step(sheet.name, active, event.shiftKey ? "backTab" : "tab");
    else if (key === "Enter") step(sheet.name, active, event.shiftKey ? "up" : "return");
    else if (key === "F2") startEdit(undefined, "cell", "edit");
    else if (key === "Delete") setProblem(problemOf(workbook.clear(sheet.name, selection)));
    else if (key === "Backspace") startEdit("", "cell", "enter");
    else if (typing && key.length === 1 && !control && !event.altKey) startEdit(key, "cell", "enter");
    else if (key === "Escape") setProblem(undefined);
    else return;
    event.preventDefault();
  };

  const onGridKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    // Keys typed into the cell's text box bubble up here; they are the text box's.
    if (event.target !== event.currentTarget) return;
    gridKey(event, true);
  };

  /** The cell's text box: the entry's keys while typing, the grid's otherwise. */
  const onCellInputKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing || event.key === "Process") return;
    if (editRef.current) onEditorKeyDown(event);
    else gridKey(event, false);
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // An input method's keys (its Enter confirms a conversion) are the input method's, never the entry's.
    if (event.nativeEvent.isComposing || event.key === "Process") return;
    const current = editRef.current;
    const { key } = event;
    if (!current) {
      // The formula bar before anything is typed: Enter and Escape go back to the grid.
      if (key === "Enter" || key === "Escape") {
        event.preventDefault();
        if (key === "Enter") step(sheet.name, active, "return");
        focusGrid();
      }
      return;
    }
    if (key === "Enter" && event.altKey) {
      event.preventDefault();
      const editor = event.currentTarget;
      editor.setRangeText("\n", editor.selectionStart, editor.selectionEnd, "end");
      changeDraft(editor.value, current.place);
      return;
    }
    const arrows: Record<string, "down" | "up" | "right" | "left"> = {
      ArrowDown: "down",
      ArrowUp: "up",
      ArrowRight: "right",
      ArrowLeft: "left",
    };
    let move: Step | undefined;
    if (key === "Enter") move = event.shiftKey ? "up" : "return";
    else if (key === "Tab") move = event.shiftKey ? "backTab" : "tab";
    else if (current.mode === "enter" && current.place === "cell" && arrows[key]) move = arrows[key];
    if (move) {
      event.preventDefault();
      if (commit(move)) focusGrid();
    } else if (key === "Escape") {
      event.preventDefault();
      cancel();
    }
  };

  const onEditorBlur = (event: FocusEvent<HTMLTextAreaElement>) => {
    const next = event.relatedTarget;
    gridFocused.current = next instanceof Node && gridRef.current?.contains(next) === true;
    // Moving between the in-cell editor and the formula bar keeps the entry open, as in Excel.
    if (next && (next === formulaRef.current || next === cellEditorRef.current)) {
      const current = editRef.current;
      if (current) setEdit({ ...current, place: next === formulaRef.current ? "bar" : "cell", mode: "edit" });
      return;
    }
    commit("none");
  };

  const onCellPointer = (row: number, column: number, event: MouseEvent) => {
    if (!event.shiftKey) return select(rect(row, column));
    // Shift+click selects the rectangle up to the active cell. The model keeps one rectangle and no
    // separate active cell, so its top-left becomes the active cell (Excel would keep the anchor).
    const top = Math.min(row, active.row);
    const left = Math.min(column, active.column);
    select(rect(top, left, Math.abs(row - active.row) + 1, Math.abs(column - active.column) + 1));
  };

  const onCellDoubleClick = (row: number, column: number) => {
    select(rect(row, column));
    const content = sheet.cell(row, column)?.content;
    const draft = editText(content, model.styleAt(sheet, row, column).numberFormat);
    workbook.beginCellEdit();
    setProblem(undefined);
    setEdit({ sheet: sheet.name, row, column, draft, place: "cell", mode: "edit" });
  };

  const onGo = (typed: string): boolean => {
    const parsed = parseAddress(typed.trim());
    const target = parsed?.sheetName === undefined ? sheet : model.findSheet(parsed.sheetName);
    if (!parsed || !target || target.visibility !== "Visible") {
      setProblem({ key: "preview.nameBox.invalid", params: { address: typed } });
      return false;
    }
    setProblem(undefined);
    select(parsed.rect, target.name);
    return true;
  };

  const editingHere = edit !== undefined && edit.sheet === sheet.name && edit.place === "cell";
  const inputAt = editingHere ? { row: edit.row, column: edit.column } : active;
  // One text box in the active cell, the same element whether it waits for typing or holds an entry, so
  // that a composition begun in it carries on into the entry.
  const editor = {
    ...inputAt,
    node: (
      <textarea
        ref={cellEditorRef}
        className={editingHere ? styles.editor : styles.idle}
        aria-label={t(editingHere ? "preview.cellEditor" : "preview.cellInput", {
          address: cellAddress(inputAt),
        })}
        rows={1}
        spellCheck={false}
        value={editingHere ? edit.draft : ""}
        onChange={(event) => {
          // Typed into the waiting text box: a new entry, as typing on a selected cell starts one.
          if (!editRef.current) startEdit(event.target.value, "cell", "enter");
          else changeDraft(event.target.value, "cell");
        }}
        onCompositionStart={() => {
          if (!editRef.current) startEdit("", "cell", "enter");
        }}
        onKeyDown={onCellInputKeyDown}
        onFocus={() => {
          gridFocused.current = true;
        }}
        onBlur={onEditorBlur}
        data-testid={editingHere ? "preview-cell-editor" : "preview-cell-input"}
      />
    ),
  };

  const sheets = workbook.visibleSheets().map((s) => s.name);
  return (
    <div className={styles.view}>
      <FormulaBar
        address={rectAddress(selection)}
        nameBoxLabel={t("preview.nameBox")}
        formulaLabel={t("preview.formulaBar")}
        text={edit ? edit.draft : storedText}
        formulaRef={formulaRef}
        onGo={onGo}
        onNameBoxLeave={focusGrid}
        onDraft={(text) => changeDraft(text, "bar")}
        onEditorKeyDown={onEditorKeyDown}
        onEditorBlur={onEditorBlur}
      />
      {problem && (
        <div role="alert" className={styles.problem} data-testid="preview-problem">
          {t(problem.key, problem.params)}
        </div>
      )}
      <div id={panelId} role="tabpanel" aria-label={sheet.name} className={styles.panel}>
        <SheetGrid
          key={sheet.id}
          model={model}
          sheet={sheet}
          contentVersion={version.content}
          label={t("preview.grid", { sheet: sheet.name })}
          editor={editor}
          gridRef={gridRef}
          onCellPointer={onCellPointer}
          onCellDoubleClick={onCellDoubleClick}
          onKeyDown={onGridKeyDown}
          onFocusGrid={focusGrid}
        />
      </div>
      <SheetTabs
        sheets={sheets}
        active={sheet.name}
        label={t("preview.sheetTabs")}
        controls={panelId}
        onActivate={activate}
      />
    </div>
  );
}
