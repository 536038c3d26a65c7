/**
 * The sheet as an ARIA grid: column letters and row numbers as headers, each cell a gridcell named by
 * its address and text, the active cell announced through aria-activedescendant. Frozen rows stay at
 * the top (in the sticky table head) and frozen columns at the left; long sheets draw only the rows
 * on screen. Keys and mouse are reported to the parent, which owns selection and editing.
 */
import { makeStyles } from "@fluentui/react-components";
import {
  memo,
  type KeyboardEvent,
  type MouseEvent,
  type CSSProperties,
  type ReactNode,
  type RefObject,
  type UIEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { columnLetters } from "@tassei/excel-rules";
import { type SheetModel, type WorkbookModel, lastColumn, lastRow } from "@tassei/in-memory-excel";
import {
  type CellView,
  type GridLayout,
  MAX_ROW_HEIGHT,
  cellViews,
  gridLayout,
  gridReach,
  rowOffset,
  rowWindow,
  snapScrollLeft,
} from "./grid-layout";

const ROW_HEADER_WIDTH = 44;
const COLUMN_HEADER_HEIGHT = 22;
/** Used before the scroller has been measured (and in jsdom, which has no layout). */
const FALLBACK_VIEWPORT = 800;

const useStyles = makeStyles({
  scroller: {
    flexGrow: 1,
    minHeight: 0,
    overflow: "auto",
    position: "relative",
    backgroundColor: "#FFFFFF",
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    outlineStyle: "none",
    cursor: "cell",
  },
  // Stacking: cells 0, text running on over empty cells 1, frozen columns and row numbers 2, the
  // active cell's border 3, the sticky head (column letters and frozen rows) 4.
  head: { position: "sticky", top: 0, zIndex: 4 },
  header: {
    backgroundColor: "#F3F3F3",
    color: "#444444",
    fontWeight: 400,
    fontSize: "12px",
    textAlign: "center",
    borderRight: "1px solid #D4D4D4",
    borderBottom: "1px solid #D4D4D4",
    padding: 0,
    overflow: "hidden",
    whiteSpace: "nowrap",
    userSelect: "none",
  },
  headerSelected: { backgroundColor: "#D3F0E0", color: "#0E5C2F", fontWeight: 700 },
  corner: { position: "sticky", left: 0, zIndex: 2 },
  rowHeader: { position: "sticky", left: 0, zIndex: 2 },
  cell: { padding: "0 3px", overflow: "hidden", boxSizing: "border-box" },
  content: { overflow: "hidden" },
  overflowing: { position: "relative", zIndex: 1 },
  selected: { backgroundImage: "linear-gradient(rgba(33, 115, 70, 0.14), rgba(33, 115, 70, 0.14))" },
  active: { position: "relative", outline: "2px solid #217346", outlineOffset: "-2px", zIndex: 3 },
});

export interface SheetGridProps {
  readonly model: WorkbookModel;
  readonly sheet: SheetModel;
  /** Changes whenever cell contents or formats may have changed (recomputes every cell view). */
  readonly contentVersion: number;
  readonly label: string;
  /** The cell editor, drawn inside the cell being edited while the user types there. */
  readonly editor?: { readonly row: number; readonly column: number; readonly node: ReactNode };
  readonly gridRef: RefObject<HTMLTableElement | null>;
  readonly onCellPointer: (row: number, column: number, event: MouseEvent) => void;
  readonly onCellDoubleClick: (row: number, column: number) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLTableElement>) => void;
  /** The grid itself got the focus (a click on a cell): the active cell's text box takes it. */
  readonly onFocusGrid?: () => void;
}

/** The element id of a cell, for aria-activedescendant. */
function cellId(gridId: string, row: number, column: number): string {
  return `${gridId}-r${row}c${column}`;
}

export function SheetGrid({ gridRef, ...props }: SheetGridProps) {
  const { model, sheet, contentVersion } = props;
  const styles = useStyles();
  const scrollerRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);
  const selection = sheet.selection;
  const active = { row: selection.row, column: selection.column };
  const gridId = `grid-${sheet.id.replace(/[^0-9A-Za-z]/g, "")}`;

  // The grid grows when the active cell leaves the drawn area; moving inside it redraws no cell view.
  const used = useMemo(
    () => model.usedRect(sheet, false),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see below
    [model, sheet, contentVersion],
  );
  const reach = gridReach(used, selection);
  const layout = useMemo(
    () => gridLayout(model, sheet, reach),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the model is mutable: the versions say when it changed
    [model, sheet, contentVersion, reach.row, reach.column],
  );
  const onScreen = rowWindow(layout, scrollTop, viewport);
  const frozen = useMemo(() => layout.rows.filter((r) => r < layout.frozenRows), [layout]);
  const frozenViews = useMemo(
    () => cellViews(model, sheet, layout, frozen),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above
    [model, sheet, layout, frozen, contentVersion],
  );
  const windowKey = onScreen.rows.join(",");
  const bodyViews = useMemo(
    () => cellViews(model, sheet, layout, onScreen.rows),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the window's rows are keyed by windowKey
    [model, sheet, layout, windowKey, contentVersion],
  );

  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || typeof ResizeObserver === "undefined") return;
    const measure = () => setViewport(scroller.clientHeight || FALLBACK_VIEWPORT);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(scroller);
    return () => observer.disconnect();
  }, []);

  // Scrolling into view stops below the sticky head and right of the row numbers and frozen columns.
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    scroller.style.scrollPaddingTop = `${headRef.current?.offsetHeight ?? COLUMN_HEADER_HEIGHT}px`;
    scroller.style.scrollPaddingLeft = `${ROW_HEADER_WIDTH + frozenWidth(layout)}px`;
  }, [layout]);

  // When the active cell moves (not when a job changes contents), bring it into view; a long sheet
  // first scrolls to its row, then, once the row is drawn, the cell is scrolled into view sideways.
  const layoutRef = useRef(layout);
  useLayoutEffect(() => {
    layoutRef.current = layout;
  }, [layout]);
  const activeDrawn = active.row < layout.frozenRows || onScreen.rows.includes(active.row);
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    const current = layoutRef.current;
    if (!scroller) return;
    if (!activeDrawn && current.virtual) {
      const headHeight = headRef.current?.offsetHeight ?? COLUMN_HEADER_HEIGHT;
      const top = rowOffset(current, active.row);
      const height = current.rowHeights.get(active.row) ?? current.defaultRowHeight;
      const visible = (scroller.clientHeight || FALLBACK_VIEWPORT) - headHeight;
      const next = top < scroller.scrollTop ? top : top + height - visible;
      scroller.scrollTop = Math.max(0, next);
      setScrollTop(Math.max(0, next));
      return;
    }
    const cell = document.getElementById(cellId(gridId, active.row, active.column));
    if (cell && typeof cell.scrollIntoView === "function") cell.scrollIntoView({ block: "nearest", inline: "nearest" });
    const snapped = Math.min(snapScrollLeft(current, scroller.scrollLeft), scroller.scrollWidth - scroller.clientWidth);
    if (snapped > scroller.scrollLeft) scroller.scrollLeft = snapped;
  }, [active.row, active.column, activeDrawn, gridId]);

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    if (layout.virtual) setScrollTop(event.currentTarget.scrollTop);
  };

  const pointer = (event: MouseEvent<HTMLTableElement>, handle: (row: number, column: number) => void) => {
    const cell = (event.target as HTMLElement).closest<HTMLElement>("[data-row]");
    if (!cell || !event.currentTarget.contains(cell)) return;
    if ((event.target as HTMLElement).closest("textarea")) return;
    handle(Number(cell.dataset.row), Number(cell.dataset.column));
  };

  const frozenLeft = useMemo(() => frozenOffsets(layout), [layout]);
  const renderRow = (row: number, views: readonly CellView[]) => {
    const inSelection = row >= selection.row && row <= lastRow(selection);
    const editing = props.editor?.row === row ? props.editor : undefined;
    return (
      <GridRow
        key={row}
        row={row}
        views={views}
        height={layout.rowHeights.get(row) ?? layout.defaultRowHeight}
        fixedHeight={layout.virtual || layout.rowHeights.has(row)}
        frozenLeft={frozenLeft}
        frozenRow={row < layout.frozenRows}
        gridId={gridId}
        selectedFrom={inSelection ? selection.column : -1}
        selectedTo={inSelection ? lastColumn(selection) : -1}
        activeColumn={row === active.row ? active.column : -1}
        editorColumn={editing ? editing.column : -1}
        editor={editing?.node}
      />
    );
  };

  return (
    <div className={styles.scroller} ref={scrollerRef} onScroll={onScroll} data-testid="preview-grid-scroller">
      <table
        ref={gridRef}
        role="grid"
        aria-label={props.label}
        aria-rowcount={(layout.rows.at(-1) ?? 0) + 2}
        aria-colcount={(layout.columns.at(-1) ?? 0) + 2}
        aria-activedescendant={cellId(gridId, active.row, active.column)}
        // Reached by a click; the keyboard reaches the active cell's text box inside, which holds the focus.
        tabIndex={-1}
        className={styles.table}
        style={{ width: ROW_HEADER_WIDTH + layout.columns.reduce((w, c) => w + (layout.columnWidths.get(c) ?? 0), 0) }}
        onKeyDown={props.onKeyDown}
        onFocus={(event) => {
          if (event.target === event.currentTarget) props.onFocusGrid?.();
        }}
        onMouseDown={(event) => {
          if (event.button === 0) pointer(event, (row, column) => props.onCellPointer(row, column, event));
        }}
        onDoubleClick={(event) => pointer(event, props.onCellDoubleClick)}
        data-testid="preview-grid"
        data-sheet={sheet.name}
      >
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {layout.columns.map((c) => (
            <col key={c} style={{ width: layout.columnWidths.get(c) }} />
          ))}
        </colgroup>
        <thead ref={headRef} className={styles.head}>
          <tr role="row" aria-rowindex={1} style={{ height: COLUMN_HEADER_HEIGHT }}>
            <th aria-hidden="true" className={`${styles.header} ${styles.corner}`} />
            {layout.columns.map((c) => {
              const selected = c >= selection.column && c <= lastColumn(selection);
              return (
                <th
                  key={c}
                  role="columnheader"
                  aria-colindex={c + 2}
                  className={`${styles.header} ${selected ? styles.headerSelected : ""}`}
                  style={frozenLeft.has(c) ? { position: "sticky", left: frozenLeft.get(c), zIndex: 2 } : undefined}
                >
                  {columnLetters(c)}
                </th>
              );
            })}
          </tr>
          {frozen.map((row, index) => renderRow(row, frozenViews[index] ?? []))}
        </thead>
        <tbody>
          {onScreen.spaceBefore > 0 && (
            <tr aria-hidden="true" style={{ height: onScreen.spaceBefore }}>
              <td colSpan={layout.columns.length + 1} />
            </tr>
          )}
          {onScreen.rows.map((row, index) => renderRow(row, bodyViews[index] ?? []))}
          {onScreen.spaceAfter > 0 && (
            <tr aria-hidden="true" style={{ height: onScreen.spaceAfter }}>
              <td colSpan={layout.columns.length + 1} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function frozenWidth(layout: GridLayout): number {
  return layout.columns
    .filter((c) => c < layout.frozenColumns)
    .reduce((w, c) => w + (layout.columnWidths.get(c) ?? 0), 0);
}

/** The sticky `left` of each frozen column: the row numbers and the frozen columns before it. */
function frozenOffsets(layout: GridLayout): Map<number, number> {
  const offsets = new Map<number, number>();
  let left = ROW_HEADER_WIDTH;
  for (const c of layout.columns) {
    if (c >= layout.frozenColumns) break;
    offsets.set(c, left);
    left += layout.columnWidths.get(c) ?? 0;
  }
  return offsets;
}

interface GridRowProps {
  readonly row: number;
  readonly views: readonly CellView[];
  readonly height: number;
  /**
   * Exactly `height` high, text clipped: rows with a height set, and every row of a long (virtualised)
   * sheet. Other rows grow with wrapped text, as Excel autofits them, up to Excel's 409 pt.
   */
  readonly fixedHeight: boolean;
  readonly frozenLeft: ReadonlyMap<number, number>;
  /** A row of the frozen title rows, drawn in the sticky head. */
  readonly frozenRow: boolean;
  readonly gridId: string;
  /** The selected columns in this row, -1 when the row is not selected. */
  readonly selectedFrom: number;
  readonly selectedTo: number;
  /** -1 unless the active cell is in this row. */
  readonly activeColumn: number;
  readonly editorColumn: number;
  readonly editor: ReactNode;
}

/** One sheet row; redrawn only when its cells or its part of the selection change. */
const GridRow = memo(function GridRow(props: GridRowProps) {
  const styles = useStyles();
  const { row, height } = props;
  return (
    <tr role="row" aria-rowindex={row + 2} style={{ height }}>
      <th
        role="rowheader"
        scope="row"
        aria-colindex={1}
        className={`${styles.header} ${styles.rowHeader} ${props.selectedFrom >= 0 ? styles.headerSelected : ""}`}
      >
        {row + 1}
      </th>
      {props.views.map((view) => {
        const isActive = view.column === props.activeColumn;
        const isSelected = view.column >= props.selectedFrom && view.column <= props.selectedTo;
        const classes = [styles.cell];
        if (isSelected && !isActive) classes.push(styles.selected);
        if (isActive) classes.push(styles.active);
        const style = { ...view.style };
        // A frozen row stays over the rows scrolling under it: its cells are never see-through.
        if (props.frozenRow) style.backgroundColor ??= "#FFFFFF";
        const left = props.frozenLeft.get(view.column);
        if (left !== undefined) {
          // Inline, so that the active cell's own position does not unstick a frozen column.
          Object.assign(style, { position: "sticky", left, zIndex: isActive ? 3 : 2 });
          style.backgroundColor ??= "#FFFFFF";
        }
        const maxHeight = props.fixedHeight ? height : MAX_ROW_HEIGHT;
        let contentStyle: CSSProperties = { maxHeight };
        if (view.overflowWidth !== undefined) {
          style.overflow = "visible";
          // As wide as the text, at most over the empty cells: the gridlines it covers are those Excel hides.
          contentStyle = {
            width: "max-content",
            minWidth: "100%",
            maxWidth: view.overflowWidth - 6,
            backgroundColor: view.style.backgroundColor ?? "#FFFFFF",
            maxHeight,
          };
        }
        return (
          <td
            key={view.column}
            id={cellId(props.gridId, view.row, view.column)}
            role="gridcell"
            aria-colindex={view.column + 2}
            aria-selected={isSelected}
            aria-label={view.text === "" ? view.address : `${view.address} ${view.text}`}
            data-row={view.row}
            data-column={view.column}
            data-address={view.address}
            rowSpan={view.rowSpan}
            colSpan={view.colSpan}
            className={classes.join(" ")}
            style={style}
          >
            <div
              className={`${styles.content} ${view.overflowWidth !== undefined ? styles.overflowing : ""}`}
              style={contentStyle}
            >
              {view.text}
            </div>
            {view.column === props.editorColumn && props.editor}
          </td>
        );
      })}
    </tr>
  );
});
