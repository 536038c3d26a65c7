/**
 * The sheet tabs under the grid, as an ARIA tab list: click or arrow keys to activate a sheet, as in
 * Excel. The tab of the active sheet is the one in the Tab order (roving tabindex).
 */
import { makeStyles } from "@fluentui/react-components";
import { type KeyboardEvent, useRef } from "react";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    gap: "2px",
    padding: "0 8px",
    overflowX: "auto",
    borderTop: "1px solid #D4D4D4",
    backgroundColor: "#F3F3F3",
    flexShrink: 0,
  },
  tab: {
    border: "none",
    borderBottom: "3px solid transparent",
    background: "transparent",
    padding: "4px 14px",
    fontSize: "13px",
    whiteSpace: "nowrap",
    cursor: "pointer",
    color: "#333333",
    fontFamily: "inherit",
  },
  active: {
    backgroundColor: "#FFFFFF",
    borderBottom: "3px solid #217346",
    color: "#217346",
    fontWeight: 700,
  },
});

export function SheetTabs(props: {
  sheets: readonly string[];
  active: string | undefined;
  label: string;
  controls: string;
  onActivate: (sheet: string) => void;
}) {
  const styles = useStyles();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    const target =
      event.key === "Home" ? 0 : event.key === "End" ? props.sheets.length - 1 : step === 0 ? -1 : index + step;
    const sheet = props.sheets[target];
    if (sheet === undefined) return;
    event.preventDefault();
    props.onActivate(sheet);
    tabs.current[target]?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} className={styles.bar} data-testid="preview-sheet-tabs">
      {props.sheets.map((sheet, index) => {
        const selected = sheet === props.active;
        return (
          <button
            key={sheet}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            aria-selected={selected}
            aria-controls={props.controls}
            tabIndex={selected ? 0 : -1}
            className={`${styles.tab} ${selected ? styles.active : ""}`}
            onClick={() => props.onActivate(sheet)}
            onKeyDown={(event) => move(event, index)}
          >
            {sheet}
          </button>
        );
      })}
    </div>
  );
}
