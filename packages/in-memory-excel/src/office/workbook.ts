/** Excel.Workbook (the root object), Application, workbook protection, settings and defined names. */
import { quoteSheetName } from "@tassei/excel-rules";
import { absoluteRectAddress, parseAddress } from "../model/address";
import { ErrorCode, excelError } from "../model/excel-error";
import { validateTableOrName } from "../model/tables";
import type { NameModel, WorkbookModel } from "../model/workbook";
import { type MethodsOf, type PathSpec, type ProxyContext, type ProxyNode, ProxyObject, type ProxySpec } from "./proxy";
import { Range } from "./range";
import { TableCollection } from "./table";
import { WorksheetCollection } from "./worksheet";

const WORKBOOK: ProxySpec<WorkbookModel> = {
  typeName: "Workbook",
  navigation: ["worksheets", "tables", "names", "settings", "protection", "application"],
  scalars: {
    name: (wb) => wb.name,
    readOnly: () => false,
  },
};

export class Workbook
  extends ProxyObject<WorkbookModel>
  implements
    Pick<Excel.Workbook, "name" | "readOnly">,
    MethodsOf<Excel.Workbook, "getSelectedRange" | "getActiveCell" | "insertWorksheetsFromBase64">
{
  constructor(ctx: ProxyContext, resolver: () => WorkbookModel | null, parent: ProxyNode | undefined, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  /** @internal The root object of a request context. */
  static root(ctx: ProxyContext): Workbook {
    return new Workbook(ctx, () => ctx.wb, undefined, { type: 1, name: "" })._bind(ctx.wb);
  }

  protected _spec(): ProxySpec<WorkbookModel> {
    return WORKBOOK;
  }

  get name(): string {
    return this._get("name");
  }
  get readOnly(): boolean {
    return this._get("readOnly");
  }

  get worksheets(): WorksheetCollection {
    return this._nav("worksheets", (path) => new WorksheetCollection(this._ctx, () => this._target(), this, path));
  }

  get tables(): TableCollection {
    return this._nav("tables", (path) => new TableCollection(this._ctx, () => ({ wb: this._target() }), this, path));
  }

  get names(): NamedItemCollection {
    return this._nav("names", (path) => new NamedItemCollection(this._ctx, () => this._target(), this, path));
  }

  get settings(): SettingCollection {
    return this._nav("settings", (path) => new SettingCollection(this._ctx, () => this._target(), this, path));
  }

  get protection(): WorkbookProtection {
    return this._nav("protection", (path) => new WorkbookProtection(this._ctx, () => this._target(), this, path));
  }

  get application(): Application {
    return this._nav("application", (path) => new Application(this._ctx, () => this._target(), this, path));
  }

  getSelectedRange(): Range {
    return this._method(Range, "getSelectedRange", [], (wb) => {
      const sheet = wb.activeSheet;
      if (!sheet) throw excelError(ErrorCode.itemNotFound, "no active worksheet");
      return { sheet, rect: sheet.selection };
    });
  }

  getActiveCell(): Range {
    return this._method(Range, "getActiveCell", [], (wb) => {
      const sheet = wb.activeSheet;
      if (!sheet) throw excelError(ErrorCode.itemNotFound, "no active worksheet");
      return { sheet, rect: { ...sheet.selection, rowCount: 1, columnCount: 1 } };
    });
  }

  /**
   * Not reproduced: the in-memory workbook cannot read .xlsx files; the sync fails with NotImplemented.
   * The file travels in the request as it would in Excel, so its size counts against the 5 MB limit.
   */
  insertWorksheetsFromBase64(
    base64File: string,
    options?: Excel.InsertWorksheetOptions,
  ): OfficeExtension.ClientResult<string[]> {
    return this._callForResult("insertWorksheetsFromBase64", [base64File, options], () => {
      throw excelError(
        ErrorCode.notImplemented,
        "insertWorksheetsFromBase64 is not supported by the in-memory workbook",
      );
    });
  }
}

const APPLICATION: ProxySpec<WorkbookModel> = {
  typeName: "Application",
  scalars: {
    calculationMode: (wb) => wb.application.calculationMode,
    calculationState: () => "Done",
    decimalSeparator: () => ".",
    thousandsSeparator: () => ",",
    useSystemSeparators: () => true,
  },
};

export class Application
  extends ProxyObject<WorkbookModel>
  implements
    Pick<Excel.Application, "calculationMode" | "decimalSeparator" | "thousandsSeparator">,
    MethodsOf<
      Excel.Application,
      "calculate" | "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync"
    >
{
  constructor(ctx: ProxyContext, resolver: () => WorkbookModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<WorkbookModel> {
    return APPLICATION;
  }

  get calculationMode(): Excel.CalculationMode {
    return this._get("calculationMode");
  }
  /** Stored only: the in-memory workbook always recalculates at once. */
  set calculationMode(mode: Excel.CalculationMode) {
    this._set("calculationMode", mode, (wb) => {
      if (mode !== "Automatic" && mode !== "AutomaticExceptTables" && mode !== "Manual") {
        throw excelError(ErrorCode.invalidArgument, `calculation mode ${String(mode)}`);
      }
      wb.application.calculationMode = mode;
    });
  }
  /** Always "Done": the in-memory workbook calculates synchronously. */
  get calculationState(): Excel.CalculationState {
    return this._get("calculationState");
  }
  get useSystemSeparators(): boolean {
    return this._get("useSystemSeparators");
  }
  get decimalSeparator(): string {
    return this._get("decimalSeparator");
  }
  get thousandsSeparator(): string {
    return this._get("thousandsSeparator");
  }

  calculate(calculationType: Excel.CalculationType | "Recalculate" | "Full" | "FullRebuild"): void {
    this._call("calculate", [calculationType], () => undefined);
  }

  suspendApiCalculationUntilNextSync(): void {
    this._call("suspendApiCalculationUntilNextSync", [], () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._call("suspendScreenUpdatingUntilNextSync", [], () => undefined);
  }
}

const PROTECTION: ProxySpec<WorkbookModel> = {
  typeName: "WorkbookProtection",
  scalars: { protected: (wb) => wb.protection.protected },
};

/** Structure protection: while on, adding, deleting, renaming, moving and hiding sheets fail (AccessDenied). */
export class WorkbookProtection
  extends ProxyObject<WorkbookModel>
  implements Pick<Excel.WorkbookProtection, "protected">, MethodsOf<Excel.WorkbookProtection, "protect" | "unprotect">
{
  constructor(ctx: ProxyContext, resolver: () => WorkbookModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<WorkbookModel> {
    return PROTECTION;
  }

  get protected(): boolean {
    return this._get("protected");
  }

  protect(password?: string): void {
    this._call("protect", [password], (wb) => {
      wb.protection.protected = true;
      if (password !== undefined) wb.protection.password = password;
    });
  }

  unprotect(password?: string): void {
    this._call("unprotect", [password], (wb) => {
      if (!wb.protection.protected) return;
      if ((wb.protection.password ?? "") !== (password ?? "")) {
        throw excelError(ErrorCode.invalidArgument, "the password is incorrect");
      }
      wb.protection.protected = false;
      delete wb.protection.password;
    });
  }
}

interface SettingRef {
  readonly wb: WorkbookModel;
  readonly key: string;
}

const SETTINGS: ProxySpec<WorkbookModel> = {
  typeName: "SettingCollection",
  scalars: {},
  items: (wb, owner) =>
    [...wb.settings.keys()].map((key) =>
      new Setting(owner._ctx, () => null, owner, { type: 5, name: key })._bind({ wb, key }),
    ),
};

/** Values travel as JSON, as Office.js stores them in the document. */
function asStored(value: unknown): unknown {
  if (value === undefined) throw excelError(ErrorCode.invalidArgument, "a setting needs a value");
  return JSON.parse(JSON.stringify(value)) as unknown;
}

export class SettingCollection
  extends ProxyObject<WorkbookModel>
  implements MethodsOf<Excel.SettingCollection, "add" | "getCount" | "getItem" | "getItemOrNullObject">
{
  constructor(ctx: ProxyContext, resolver: () => WorkbookModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<WorkbookModel> {
    return SETTINGS;
  }

  get items(): Setting[] {
    return this._itemsOrThrow<Setting>();
  }

  add(key: string, value: string | number | boolean | Date | unknown[] | object): Setting {
    return this._method(Setting, "add", [key, value], (wb) => {
      if (typeof key !== "string" || key === "") throw excelError(ErrorCode.invalidArgument, "a setting needs a key");
      wb.settings.set(key, asStored(value));
      return { wb, key };
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._callForResult("getCount", [], (wb) => wb.settings.size);
  }

  getItem(key: string): Setting {
    return this._method(Setting, "getItem", [key], (wb) => {
      if (!wb.settings.has(key)) throw excelError(ErrorCode.itemNotFound, `no setting "${key}"`);
      return { wb, key };
    });
  }

  getItemOrNullObject(key: string): Setting {
    return this._method(Setting, "getItemOrNullObject", [key], (wb) => (wb.settings.has(key) ? { wb, key } : null));
  }
}

const SETTING: ProxySpec<SettingRef> = {
  typeName: "Setting",
  alive: (s) => s.wb.settings.has(s.key),
  scalars: { key: (s) => s.key, value: (s) => asStored(s.wb.settings.get(s.key)) },
};

export class Setting
  extends ProxyObject<SettingRef>
  implements Pick<Excel.Setting, "key" | "value">, MethodsOf<Excel.Setting, "delete">
{
  constructor(ctx: ProxyContext, resolver: () => SettingRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<SettingRef> {
    return SETTING;
  }

  get key(): string {
    return this._get("key");
  }

  get value(): unknown {
    return this._get("value");
  }
  set value(value: unknown) {
    this._set("value", value, (s) => s.wb.settings.set(s.key, asStored(value)));
  }

  delete(): void {
    this._call("delete", [], (s) => s.wb.settings.delete(s.key));
  }
}

const NAMES: ProxySpec<WorkbookModel> = {
  typeName: "NamedItemCollection",
  scalars: {},
  items: (wb, owner) =>
    [...wb.names.values()].map((n) =>
      new NamedItem(owner._ctx, () => null, owner, { type: 5, name: n.name })._bind({ wb, name: n }),
    ),
};

interface NameRef {
  readonly wb: WorkbookModel;
  readonly name: NameModel;
}

function referenceFormula(reference: unknown): string {
  if (reference instanceof Range) {
    const t = reference._target();
    return `=${quoteSheetName(t.sheet.name)}!${absoluteRectAddress(t.rect)}`;
  }
  if (typeof reference !== "string" || reference === "")
    throw excelError(ErrorCode.invalidArgument, "a name needs a reference");
  return reference.startsWith("=") ? reference : `=${reference}`;
}

function nameTarget(ref: NameRef): { sheetName?: string; rect: import("../model/address").CellRect } | undefined {
  return parseAddress(ref.name.formula.replace(/^=/, "").replace(/\$/g, ""));
}

export class NamedItemCollection
  extends ProxyObject<WorkbookModel>
  implements MethodsOf<Excel.NamedItemCollection, "add" | "getCount" | "getItem" | "getItemOrNullObject">
{
  constructor(ctx: ProxyContext, resolver: () => WorkbookModel | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<WorkbookModel> {
    return NAMES;
  }

  get items(): NamedItem[] {
    return this._itemsOrThrow<NamedItem>();
  }

  add(name: string, reference: Excel.Range | string, comment?: string): NamedItem {
    return this._method(NamedItem, "add", [name, reference, comment], (wb) => {
      validateTableOrName(wb, name);
      const model: NameModel = { name, formula: referenceFormula(reference), comment: comment ?? "", visible: true };
      wb.names.set(name.toLowerCase(), model);
      wb.defineName(name, model.formula);
      return { wb, name: model };
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._callForResult("getCount", [], (wb) => wb.names.size);
  }

  getItem(name: string): NamedItem {
    return this._method(NamedItem, "getItem", [name], (wb) => {
      const model = wb.names.get(name.toLowerCase());
      if (!model) throw excelError(ErrorCode.itemNotFound, `no name "${name}"`);
      return { wb, name: model };
    });
  }

  getItemOrNullObject(name: string): NamedItem {
    return this._method(NamedItem, "getItemOrNullObject", [name], (wb) => {
      const model = wb.names.get(name.toLowerCase());
      return model ? { wb, name: model } : null;
    });
  }
}

const NAME: ProxySpec<NameRef> = {
  typeName: "NamedItem",
  alive: (n) => n.wb.names.get(n.name.name.toLowerCase()) === n.name,
  scalars: {
    name: (n) => n.name.name,
    formula: (n) => n.name.formula,
    comment: (n) => n.name.comment,
    visible: (n) => n.name.visible,
    scope: () => "Workbook",
    type: (n) => (nameTarget(n) ? "Range" : "String"),
    value: (n) => n.name.formula.replace(/^=/, ""),
  },
};

export class NamedItem
  extends ProxyObject<NameRef>
  implements
    Pick<Excel.NamedItem, "name" | "formula" | "comment" | "visible" | "type" | "value" | "scope">,
    MethodsOf<Excel.NamedItem, "delete" | "getRange" | "getRangeOrNullObject">
{
  constructor(ctx: ProxyContext, resolver: () => NameRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<NameRef> {
    return NAME;
  }

  get name(): string {
    return this._get("name");
  }

  get type(): Excel.NamedItemType {
    return this._get("type");
  }

  get value(): unknown {
    return this._get("value");
  }

  get scope(): Excel.NamedItemScope {
    return this._get("scope");
  }

  get formula(): string {
    return this._get("formula");
  }
  set formula(formula: string) {
    this._set("formula", formula, (n) => {
      n.name.formula = referenceFormula(formula);
      n.wb.defineName(n.name.name, n.name.formula);
    });
  }

  get comment(): string {
    return this._get("comment");
  }
  set comment(comment: string) {
    this._set("comment", comment, (n) => (n.name.comment = String(comment)));
  }

  get visible(): boolean {
    return this._get("visible");
  }
  set visible(visible: boolean) {
    this._set("visible", visible, (n) => (n.name.visible = visible === true));
  }

  getRange(): Range {
    return this._method(Range, "getRange", [], (n) => {
      const target = nameTarget(n);
      const sheet = target?.sheetName !== undefined ? n.wb.findSheet(target.sheetName) : undefined;
      if (!target || !sheet) throw excelError(ErrorCode.invalidOperation, `${n.name.name} does not refer to a range`);
      return { sheet, rect: target.rect };
    });
  }

  getRangeOrNullObject(): Range {
    return this._method(Range, "getRangeOrNullObject", [], (n) => {
      const target = nameTarget(n);
      const sheet = target?.sheetName !== undefined ? n.wb.findSheet(target.sheetName) : undefined;
      return target && sheet ? { sheet, rect: target.rect } : null;
    });
  }

  delete(): void {
    this._call("delete", [], (n) => {
      n.wb.names.delete(n.name.name.toLowerCase());
      n.wb.defineName(n.name.name, null);
    });
  }
}
