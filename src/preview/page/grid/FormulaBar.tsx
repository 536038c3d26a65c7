/**
 * Excel's name box and formula bar above the grid. The name box shows the selection's address and
 * selects what is typed into it; the formula bar shows the active cell's formula or constant and
 * edits it (Enter commits, Alt+Enter starts a new line, Escape cancels).
 */
import { makeStyles } from "@fluentui/react-components";
import { type FocusEvent, type KeyboardEvent, type RefObject, useState } from "react";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "stretch",
    gap: "6px",
    padding: "4px 8px",
    borderBottom: "1px solid #D4D4D4",
    backgroundColor: "#FFFFFF",
    flexShrink: 0,
  },
  nameBox: {
    width: "110px",
    flexShrink: 0,
    border: "1px solid #C8C8C8",
    padding: "2px 6px",
    fontSize: "13px",
    fontFamily: "inherit",
  },
  fx: { alignSelf: "center", fontStyle: "italic", color: "#666666", padding: "0 4px", userSelect: "none" },
  formula: {
    flexGrow: 1,
    resize: "none",
    border: "1px solid #C8C8C8",
    padding: "3px 6px",
    fontSize: "13px",
    lineHeight: "18px",
    height: "26px",
    boxSizing: "border-box",
    fontFamily: "inherit",
    // One line, like Excel's collapsed formula bar: long formulas scroll sideways instead of showing half a line.
    overflow: "hidden",
    whiteSpace: "pre",
  },
});

export interface FormulaBarProps {
  readonly address: string;
  readonly nameBoxLabel: string;
  readonly formulaLabel: string;
  /** The active cell's text, or the draft while it is being edited. */
  readonly text: string;
  readonly formulaRef: RefObject<HTMLTextAreaElement | null>;
  readonly onGo: (address: string) => boolean;
  readonly onNameBoxLeave: () => void;
  readonly onDraft: (text: string) => void;
  readonly onEditorKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  readonly onEditorBlur: (event: FocusEvent<HTMLTextAreaElement>) => void;
}

export function FormulaBar({ formulaRef, ...props }: FormulaBarProps) {
  const styles = useStyles();
  // What is typed in the name box, until Enter or Escape.
  const [typed, setTyped] = useState<string | undefined>(undefined);
  return (
    <div className={styles.bar}>
      <input
        className={styles.nameBox}
        aria-label={props.nameBoxLabel}
        value={typed ?? props.address}
        onChange={(event) => setTyped(event.target.value)}
        onFocus={(event) => event.target.select()}
        onBlur={() => setTyped(undefined)}
        onKeyDown={(event) => {
          if (event.key === "Enter") {
            event.preventDefault();
            if (props.onGo(typed ?? props.address)) {
              setTyped(undefined);
              props.onNameBoxLeave();
            }
          } else if (event.key === "Escape") {
            event.preventDefault();
            setTyped(undefined);
            props.onNameBoxLeave();
          }
        }}
        data-testid="preview-name-box"
      />
      <span className={styles.fx} aria-hidden="true">
        fx
      </span>
      <textarea
        ref={formulaRef}
        className={styles.formula}
        aria-label={props.formulaLabel}
        rows={1}
        wrap="off"
        spellCheck={false}
        value={props.text}
        onChange={(event) => props.onDraft(event.target.value)}
        onKeyDown={props.onEditorKeyDown}
        onBlur={props.onEditorBlur}
        data-testid="preview-formula-bar"
      />
    </div>
  );
}
