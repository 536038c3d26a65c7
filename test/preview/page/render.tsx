/** Renders the preview's Excel window (grid, formula bar, tabs) on a workbook, in a language, for jsdom tests. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen } from "@testing-library/react";
import type { Language } from "../../../src/core/messages";
import type { InMemoryExcel } from "@tassei/in-memory-excel";
import { PreviewWorkbook } from "../../../src/preview/page/grid/preview-workbook";
import { WorkbookView } from "../../../src/preview/page/grid/WorkbookView";
import { I18nProvider } from "../../../src/taskpane/i18n";

export function renderWorkbook(excel: InMemoryExcel, language: Language = "ja"): PreviewWorkbook {
  const workbook = new PreviewWorkbook(excel);
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider language={language} onLanguageChange={() => undefined}>
        <WorkbookView workbook={workbook} />
      </I18nProvider>
    </FluentProvider>,
  );
  return workbook;
}

/** The grid cell at an A1 address of the sheet on screen. */
export function cell(address: string): HTMLElement {
  const found = document.querySelector<HTMLElement>(`[role="gridcell"][data-address="${address}"]`);
  if (!found) throw new Error(`no cell ${address} on screen`);
  return found;
}

export function grid(): HTMLElement {
  return screen.getByRole("grid");
}

/** The address of the cell aria-activedescendant points at. */
export function activeAddress(): string | undefined {
  const id = grid().getAttribute("aria-activedescendant");
  return id ? (document.getElementById(id)?.dataset.address ?? undefined) : undefined;
}

export function press(target: HTMLElement, key: string, init: Partial<KeyboardEventInit> = {}): void {
  act(() => {
    fireEvent.keyDown(target, { key, ...init });
  });
}

/** Types text into the focused editor as a person would, one change per call. */
export function typeInto(editor: HTMLElement, text: string): void {
  act(() => {
    fireEvent.change(editor, { target: { value: text } });
  });
}

export function click(target: HTMLElement): void {
  act(() => {
    fireEvent.mouseDown(target, { button: 0 });
    fireEvent.mouseUp(target, { button: 0 });
    fireEvent.click(target, { button: 0 });
  });
}
