/**
 * Applies a WorkbookPlan to an exceljs workbook. The plan is checked whole first (validate-plan.ts), so
 * it is applied entirely or not at all; then each sheet is written in the order Office.js would: clear,
 * cells, formats, layout, tables and rules, links, metadata, activation.
 */
import type ExcelJS from "exceljs";
import type { SheetPlan, WorkbookPlan } from "../core/workbook/plan";
import { clearCells, styleRange, writeBlock } from "./apply-cells";
import {
  activate,
  addConditionalFormat,
  addHyperlink,
  addTable,
  addValidation,
  clearRangeFeatures,
  setColumnWidth,
  setFreeze,
  setPrint,
} from "./apply-features";
import { addSheetCharts, removeSheetCharts } from "./sheet-charts";
import { setSheetProperties, sheetPropertiesOf } from "./sheet-extras";
import type { ApplyReport, UnsupportedFeature } from "./types";
import { existingOf, findWorksheet, validatePlan } from "./validate-plan";

export function applyPlanToXlsx(workbook: ExcelJS.Workbook, plan: WorkbookPlan): ApplyReport {
  const error = validatePlan(existingOf(workbook), plan);
  if (error) return { ok: false, error };
  const unsupported: UnsupportedFeature[] = [];
  for (const sheet of plan.sheets) unsupported.push(...applySheet(workbook, sheet));
  return { ok: true, sheets: plan.sheets.map((s) => s.name), unsupported };
}

function applySheet(workbook: ExcelJS.Workbook, plan: SheetPlan): UnsupportedFeature[] {
  const existing = findWorksheet(workbook, plan.name);
  const worksheet = existing ?? workbook.addWorksheet(plan.name);
  if (!existing && plan.position !== undefined) placeSheet(workbook, worksheet, plan.position);
  for (const range of plan.clear) {
    clearCells(worksheet, range);
    clearRangeFeatures(worksheet, range);
  }
  for (const block of plan.blocks) writeBlock(worksheet, block);
  for (const styled of plan.styles) styleRange(worksheet, styled.range, styled.style);
  for (const width of plan.columnWidths) setColumnWidth(worksheet, width);
  for (const table of plan.tables) addTable(worksheet, table);
  for (const validation of plan.validations) addValidation(worksheet, validation);
  for (const format of plan.conditionalFormats) addConditionalFormat(worksheet, format);
  if (plan.freeze) setFreeze(worksheet, plan.freeze);
  if (plan.print) setPrint(worksheet, plan.print);
  for (const link of plan.hyperlinks) addHyperlink(worksheet, link);
  if (Object.keys(plan.properties).length > 0) {
    // Like Office.js's customProperties.add: the plan's keys are set, other keys stay.
    setSheetProperties(worksheet, { ...sheetPropertiesOf(worksheet), ...plan.properties });
  }
  if (plan.activate) activate(workbook, worksheet, plan.activate.select);
  // exceljs has no chart writer: the charts wait beside the sheet and are written into the saved package
  // (chart-package.ts), with the values the cells hold then.
  // Charts of a loaded file are gone already (exceljs drops them); these are charts planned in this session.
  removeSheetCharts(worksheet, plan.removeCharts ?? []);
  addSheetCharts(worksheet, plan.charts);
  return [];
}

/**
 * The new sheet at its place among the others, as Office.js's `worksheet.position` puts it: exceljs orders
 * sheets by orderNo, so every sheet is numbered again; the active tab stays the sheet it was.
 */
function placeSheet(workbook: ExcelJS.Workbook, worksheet: ExcelJS.Worksheet, position: number): void {
  const others = workbook.worksheets.filter((ws) => ws !== worksheet);
  const view = workbook.views[0];
  const active = view?.activeTab === undefined ? undefined : others[view.activeTab];
  const at = Math.max(0, Math.min(Math.trunc(position), others.length));
  const ordered = [...others.slice(0, at), worksheet, ...others.slice(at)];
  ordered.forEach((ws, index) => {
    // exceljs keeps the order in orderNo, which its types leave out.
    (ws as ExcelJS.Worksheet & { orderNo: number }).orderNo = index + 1;
  });
  if (view && active) workbook.views = [{ ...view, activeTab: ordered.indexOf(active) }, ...workbook.views.slice(1)];
}
