/**
 * Conditional formats, kept as data (rule and format) and not rendered: the collection on a range,
 * the custom / cell-value / text / preset / top-bottom kinds, their formats and priorities.
 */
import { intersect } from "../model/address";
import { ErrorCode, excelError } from "../model/excel-error";
import { type RangeRef, assertSheetUnprotected } from "../model/range-ops";
import { subtractRect } from "../model/rects";
import type { ConditionalFormatData, SheetModel } from "../model/sheet";
import { normalizeColor } from "../model/style";
import { type MethodsOf, type PathSpec, type ProxyContext, type ProxyNode, ProxyObject, type ProxySpec } from "./proxy";
import { Range } from "./range";

export interface CfRef {
  readonly sheet: SheetModel;
  readonly cf: ConditionalFormatData;
}

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

function onRange(ref: RangeRef): ConditionalFormatData[] {
  return ref.sheet.conditionalFormats
    .filter((cf) => cf.areas.some((a) => intersect(a, ref.rect)))
    .sort((a, b) => a.priority - b.priority);
}

function alive(ref: CfRef): boolean {
  return !ref.sheet.deleted && ref.sheet.conditionalFormats.includes(ref.cf);
}

function renumber(sheet: SheetModel): void {
  sheet.conditionalFormats
    .sort((a, b) => a.priority - b.priority)
    .forEach((cf, i) => {
      cf.priority = i;
    });
}

const COLLECTION: ProxySpec<RangeRef> = {
  typeName: "ConditionalFormatCollection",
  alive: (t) => !t.sheet.deleted,
  scalars: {},
  items: (t, owner) =>
    onRange(t).map((cf) =>
      new ConditionalFormat(owner._ctx, () => null, owner, { type: 5, name: cf.id })._bind({ sheet: t.sheet, cf }),
    ),
};

export class ConditionalFormatCollection
  extends ProxyObject<RangeRef>
  implements
    MethodsOf<
      Excel.ConditionalFormatCollection,
      "add" | "clearAll" | "getCount" | "getItem" | "getItemAt" | "getItemOrNullObject"
    >
{
  constructor(ctx: ProxyContext, resolver: () => RangeRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<RangeRef> {
    return COLLECTION;
  }

  get items(): ConditionalFormat[] {
    return this._itemsOrThrow<ConditionalFormat>();
  }

  private _format(name: string, args: readonly unknown[], resolve: (t: RangeRef) => CfRef | null): ConditionalFormat {
    return this._method(ConditionalFormat, name, args, resolve);
  }

  /** A new format applies first: Excel gives it priority 0 and moves the others down. */
  add(type: Excel.ConditionalFormatType | string): ConditionalFormat {
    return this._format("add", [type], (t) => {
      if (!TYPES.includes(type)) throw excelError(ErrorCode.invalidArgument, `conditional format type ${type}`);
      assertSheetUnprotected(t.sheet, "add a conditional format");
      for (const cf of t.sheet.conditionalFormats) cf.priority += 1;
      const cf: ConditionalFormatData = {
        id: String(this._wb.newObjectId()),
        type,
        areas: [t.rect],
        priority: 0,
        stopIfTrue: false,
        rule: {},
        format: {},
      };
      t.sheet.conditionalFormats.push(cf);
      return { sheet: t.sheet, cf };
    });
  }

  clearAll(): void {
    this._call("clearAll", [], (t) => {
      assertSheetUnprotected(t.sheet, "clear conditional formats");
      for (const cf of t.sheet.conditionalFormats) cf.areas = cf.areas.flatMap((a) => subtractRect(a, t.rect));
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf.areas.length > 0);
      renumber(t.sheet);
    });
  }

  getCount(): OfficeExtension.ClientResult<number> {
    return this._callForResult("getCount", [], (t) => onRange(t).length);
  }

  getItem(id: string): ConditionalFormat {
    return this._format("getItem", [id], (t) => {
      const cf = onRange(t).find((c) => c.id === id);
      if (!cf) throw excelError(ErrorCode.itemNotFound, `no conditional format ${id}`);
      return { sheet: t.sheet, cf };
    });
  }

  getItemOrNullObject(id: string): ConditionalFormat {
    return this._format("getItemOrNullObject", [id], (t) => {
      const cf = onRange(t).find((c) => c.id === id);
      return cf ? { sheet: t.sheet, cf } : null;
    });
  }

  getItemAt(index: number): ConditionalFormat {
    return this._format("getItemAt", [index], (t) => {
      const cf = onRange(t)[index];
      if (!cf) throw excelError(ErrorCode.invalidArgument, `no conditional format at ${index}`);
      return { sheet: t.sheet, cf };
    });
  }
}

const FORMAT: ProxySpec<CfRef> = {
  typeName: "ConditionalFormat",
  alive,
  navigation: ["custom", "cellValue", "textComparison", "preset", "topBottom"],
  scalars: {
    id: (t) => t.cf.id,
    type: (t) => t.cf.type,
    priority: (t) => t.cf.priority,
    stopIfTrue: (t) => t.cf.stopIfTrue,
  },
};

function ofType(ref: CfRef, type: string): CfRef {
  if (ref.cf.type !== type) {
    throw excelError(ErrorCode.invalidArgument, `this conditional format is ${ref.cf.type}, not ${type}`);
  }
  return ref;
}

export class ConditionalFormat
  extends ProxyObject<CfRef>
  implements
    Pick<Excel.ConditionalFormat, "id" | "type" | "priority" | "stopIfTrue">,
    MethodsOf<Excel.ConditionalFormat, "delete" | "getRange" | "getRangeOrNullObject">
{
  constructor(ctx: ProxyContext, resolver: () => CfRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<CfRef> {
    return FORMAT;
  }

  get id(): string {
    return this._get("id");
  }
  get type(): Excel.ConditionalFormatType {
    return this._get("type");
  }

  get priority(): number {
    return this._get("priority");
  }
  set priority(value: number) {
    this._set("priority", value, (t) => {
      if (!Number.isInteger(value) || value < 0) throw excelError(ErrorCode.invalidArgument, `priority ${value}`);
      for (const cf of t.sheet.conditionalFormats) if (cf !== t.cf && cf.priority >= value) cf.priority += 1;
      t.cf.priority = value;
      renumber(t.sheet);
    });
  }

  get stopIfTrue(): boolean {
    return this._get("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this._set("stopIfTrue", value, (t) => {
      t.cf.stopIfTrue = value === true;
    });
  }

  private _kind(name: string, type: string): RuleConditionalFormat {
    return this._nav(
      name,
      (path) => new RuleConditionalFormat(this._ctx, () => ofType(this._target(), type), this, path),
    );
  }

  get custom(): CustomConditionalFormat {
    return this._nav(
      "custom",
      (path) => new CustomConditionalFormat(this._ctx, () => ofType(this._target(), "Custom"), this, path),
    );
  }
  get cellValue(): RuleConditionalFormat {
    return this._kind("cellValue", "CellValue");
  }
  get textComparison(): RuleConditionalFormat {
    return this._kind("textComparison", "ContainsText");
  }
  get preset(): RuleConditionalFormat {
    return this._kind("preset", "PresetCriteria");
  }
  get topBottom(): RuleConditionalFormat {
    return this._kind("topBottom", "TopBottom");
  }

  /** Throws when the format applies to several areas, as Excel does. */
  getRange(): Range {
    return this._method(Range, "getRange", [], (t) => {
      const [area, ...more] = t.cf.areas;
      if (!area || more.length > 0)
        throw excelError(ErrorCode.invalidOperation, "the format applies to several ranges");
      return { sheet: t.sheet, rect: area };
    });
  }

  getRangeOrNullObject(): Range {
    return this._method(Range, "getRangeOrNullObject", [], (t) => {
      const [area, ...more] = t.cf.areas;
      return area && more.length === 0 ? { sheet: t.sheet, rect: area } : null;
    });
  }

  delete(): void {
    this._call("delete", [], (t) => {
      assertSheetUnprotected(t.sheet, "delete a conditional format");
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf);
      renumber(t.sheet);
    });
  }
}

const CUSTOM: ProxySpec<CfRef> = {
  typeName: "CustomConditionalFormat",
  alive,
  navigation: ["rule", "format"],
  scalars: {},
};

/** conditionalFormat.custom: a formula rule and a format. */
export class CustomConditionalFormat extends ProxyObject<CfRef> {
  constructor(ctx: ProxyContext, resolver: () => CfRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<CfRef> {
    return CUSTOM;
  }

  get rule(): ConditionalFormatRule {
    return this._nav("rule", (path) => new ConditionalFormatRule(this._ctx, () => this._target(), this, path));
  }

  get format(): ConditionalRangeFormat {
    return this._nav("format", (path) => new ConditionalRangeFormat(this._ctx, () => this._target(), this, path));
  }
}

const VALUE_RULE: ProxySpec<CfRef> = {
  typeName: "ConditionalFormatWithRule",
  alive,
  navigation: ["format"],
  scalars: { rule: (t) => ({ ...t.cf.rule }) },
};

/** cellValue, textComparison, preset and topBottom: a rule object set whole, and a format. */
export class RuleConditionalFormat extends ProxyObject<CfRef> {
  constructor(ctx: ProxyContext, resolver: () => CfRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<CfRef> {
    return VALUE_RULE;
  }

  get rule(): Record<string, unknown> {
    return this._get("rule");
  }
  set rule(value: Record<string, unknown>) {
    this._set("rule", value, (t) => {
      if (value === null || typeof value !== "object")
        throw excelError(ErrorCode.invalidArgument, "rule must be an object");
      t.cf.rule = { ...value };
    });
  }

  get format(): ConditionalRangeFormat {
    return this._nav("format", (path) => new ConditionalRangeFormat(this._ctx, () => this._target(), this, path));
  }
}

const RULE: ProxySpec<CfRef> = {
  typeName: "ConditionalFormatRule",
  alive,
  scalars: {
    formula: (t) => (t.cf.rule.formula as string | undefined) ?? "",
    formulaLocal: (t) => (t.cf.rule.formula as string | undefined) ?? "",
  },
};

export class ConditionalFormatRule
  extends ProxyObject<CfRef>
  implements Pick<Excel.ConditionalFormatRule, "formula" | "formulaLocal">
{
  constructor(ctx: ProxyContext, resolver: () => CfRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<CfRef> {
    return RULE;
  }

  get formula(): string {
    return this._get("formula");
  }
  set formula(value: string) {
    this._set("formula", value, (t) => {
      if (typeof value !== "string" || value === "") throw excelError(ErrorCode.invalidArgument, "rule formula");
      t.cf.rule = { ...t.cf.rule, formula: value };
    });
  }

  get formulaLocal(): string {
    return this._get("formulaLocal");
  }
  set formulaLocal(value: string) {
    this.formula = value;
  }
}

const RANGE_FORMAT: ProxySpec<CfRef> = {
  typeName: "ConditionalRangeFormat",
  alive,
  navigation: ["font", "fill"],
  scalars: { numberFormat: (t) => t.cf.format.numberFormat ?? null },
};

export class ConditionalRangeFormat
  extends ProxyObject<CfRef>
  implements Pick<Excel.ConditionalRangeFormat, "numberFormat">, MethodsOf<Excel.ConditionalRangeFormat, "clearFormat">
{
  constructor(ctx: ProxyContext, resolver: () => CfRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<CfRef> {
    return RANGE_FORMAT;
  }

  get numberFormat(): unknown {
    return this._get("numberFormat");
  }
  set numberFormat(value: unknown) {
    this._set("numberFormat", value, (t) => {
      t.cf.format.numberFormat = typeof value === "string" ? value : null;
    });
  }

  get font(): ConditionalRangeFont {
    return this._nav("font", (path) => new ConditionalRangeFont(this._ctx, () => this._target(), this, path));
  }

  get fill(): ConditionalRangeFill {
    return this._nav("fill", (path) => new ConditionalRangeFill(this._ctx, () => this._target(), this, path));
  }

  clearFormat(): void {
    this._call("clearFormat", [], (t) => {
      t.cf.format = {};
    });
  }
}

function cfColor(value: unknown): string {
  const c = typeof value === "string" ? normalizeColor(value) : undefined;
  if (!c) throw excelError(ErrorCode.invalidArgument, `${String(value)} is not a colour`);
  return c;
}

const FONT: ProxySpec<CfRef> = {
  typeName: "ConditionalRangeFont",
  alive,
  scalars: {
    bold: (t) => t.cf.format.bold ?? null,
    italic: (t) => t.cf.format.italic ?? null,
    color: (t) => t.cf.format.fontColor ?? null,
    strikethrough: (t) => t.cf.format.strikethrough ?? null,
    underline: (t) => t.cf.format.underline ?? null,
  },
};

export class ConditionalRangeFont
  extends ProxyObject<CfRef>
  implements
    Pick<Excel.ConditionalRangeFont, "bold" | "italic" | "color" | "strikethrough">,
    MethodsOf<Excel.ConditionalRangeFont, "clear">
{
  constructor(ctx: ProxyContext, resolver: () => CfRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<CfRef> {
    return FONT;
  }

  get bold(): boolean {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._set("bold", value, (t) => (t.cf.format.bold = value));
  }
  get italic(): boolean {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._set("italic", value, (t) => (t.cf.format.italic = value));
  }
  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value, (t) => (t.cf.format.fontColor = cfColor(value)));
  }
  get strikethrough(): boolean {
    return this._get("strikethrough");
  }
  set strikethrough(value: boolean) {
    this._set("strikethrough", value, (t) => (t.cf.format.strikethrough = value));
  }
  get underline(): string {
    return this._get("underline");
  }
  set underline(value: string) {
    this._set("underline", value, (t) => (t.cf.format.underline = value));
  }

  clear(): void {
    this._call("clear", [], (t) => {
      const { fillColor, numberFormat } = t.cf.format;
      t.cf.format = {
        ...(fillColor !== undefined ? { fillColor } : {}),
        ...(numberFormat !== undefined ? { numberFormat } : {}),
      };
    });
  }
}

const FILL: ProxySpec<CfRef> = {
  typeName: "ConditionalRangeFill",
  alive,
  scalars: { color: (t) => t.cf.format.fillColor ?? null },
};

export class ConditionalRangeFill
  extends ProxyObject<CfRef>
  implements Pick<Excel.ConditionalRangeFill, "color">, MethodsOf<Excel.ConditionalRangeFill, "clear">
{
  constructor(ctx: ProxyContext, resolver: () => CfRef | null, parent: ProxyNode, path: PathSpec) {
    super(ctx, resolver, parent, path);
  }

  protected _spec(): ProxySpec<CfRef> {
    return FILL;
  }

  get color(): string {
    return this._get("color");
  }
  set color(value: string) {
    this._set("color", value, (t) => (t.cf.format.fillColor = cfColor(value)));
  }

  clear(): void {
    this._call("clear", [], (t) => {
      delete t.cf.format.fillColor;
    });
  }
}
