/**
 * The proxy-object mechanics of Office.js, reproduced: every property write and method call is queued
 * and runs at `context.sync()`; reading a property that was not loaded and synced throws
 * PropertyNotLoaded; `*OrNullObject` results answer `isNullObject` after a sync; methods returning
 * primitives hand back a ClientResult whose `value` is readable after the sync.
 */
import { ErrorCode, OfficeApiError, excelError } from "../model/excel-error";
import type { WorkbookModel } from "../model/workbook";

/** Office.js's wire format, kept so that request sizes can be measured like the real ones. */
export interface ObjectPathInfo {
  readonly Id: number;
  /** 1 global object, 3 method, 4 property, 5 indexer (collection item). */
  readonly ObjectPathType: number;
  readonly Name: string;
  readonly ParentObjectPathId?: number;
  readonly ArgumentInfo?: { readonly Arguments: readonly unknown[] };
}

export interface ActionInfo {
  readonly Id: number;
  /** 1 instantiate, 2 query (load), 3 method, 4 set property. */
  readonly ActionType: number;
  readonly Name: string;
  readonly ObjectPathId: number;
  readonly ArgumentInfo?: { readonly Arguments: readonly unknown[] };
  readonly QueryInfo?: { readonly Select?: readonly string[]; readonly Expand?: readonly string[] };
}

/** What running an operation yields: data returned to the add-in, applied to proxies once the sync succeeds. */
export interface OperationResult {
  readonly response?: unknown;
  readonly commit?: () => void;
}

/** Any proxy, whatever it wraps (ProxyObject<T> is invariant in T). */
export interface ProxyNode {
  readonly _path: ObjectPathInfo;
  readonly _parent: ProxyNode | undefined;
  readonly _ctx: ProxyContext;
  _query(paths: readonly string[]): OperationResult;
  load(option?: LoadOption): unknown;
  toJSON(): Record<string, unknown>;
  set(properties: object): void;
}

export interface QueuedOperation {
  readonly action: ActionInfo;
  readonly owner: ProxyNode;
  readonly location: string;
  readonly statement: string;
  run(): OperationResult | void;
}

/** What a proxy needs from its request context. */
export interface ProxyContext {
  readonly wb: WorkbookModel;
  nextId(): number;
  enqueue(op: QueuedOperation): void;
  sync<V>(passThroughValue?: V): Promise<V>;
}

/** Describes one Office.js class: its readable scalar properties and navigation properties. */
export interface ProxySpec<T> {
  readonly typeName: string;
  readonly scalars: Readonly<Record<string, (target: T, wb: WorkbookModel) => unknown>>;
  readonly navigation?: readonly string[];
  /** For collections: the item proxies for the current items. */
  readonly items?: (target: T, owner: ProxyObject<T>) => ProxyNode[];
  /** False when the underlying object was deleted. */
  readonly alive?: (target: T) => boolean;
}

/** The Office.js member names and parameter lists of a real class, for `implements` checks. */
export type MethodsOf<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => unknown ? (...args: A) => unknown : never;
};

export type LoadOption = string | string[] | { select?: string | string[]; expand?: string | string[] } | object;

export class ClientResultImpl<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) throw new OfficeApiError(ErrorCode.valueNotLoaded);
    return this.result as T;
  }

  /** @internal */
  _resolve(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}

function splitPaths(option: string): string[] {
  return option
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

function flattenPropertyMap(map: object, prefix: string, out: string[]): void {
  for (const [key, value] of Object.entries(map)) {
    if (key === "$all") {
      if (value === true) out.push(prefix.replace(/\/$/, ""));
      continue;
    }
    if (value === true) out.push(prefix + key);
    else if (value && typeof value === "object") flattenPropertyMap(value, `${prefix}${key}/`, out);
  }
}

/** "values, address", ["values"], { select, expand } and { values: true, format: { font: true } }. */
export function loadPaths(option: unknown): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === "string") return splitPaths(option);
  if (Array.isArray(option)) return option.flatMap((o) => (typeof o === "string" ? splitPaths(o) : []));
  if (typeof option === "object") {
    const o = option as { select?: unknown; expand?: unknown };
    if ("select" in o || "expand" in o) {
      const select = o.select === undefined ? [] : loadPaths(o.select);
      const expand = o.expand === undefined ? [] : loadPaths(o.expand);
      return [...select, ...expand];
    }
    const out: string[] = [];
    flattenPropertyMap(option, "", out);
    return out;
  }
  return [];
}

function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Arguments as they travel on the wire: proxies become object-path references. */
export function wireValue(value: unknown): unknown {
  if (value instanceof ProxyObject) return { ObjectPathId: value._path.Id };
  if (Array.isArray(value)) {
    const flat = value.every(
      (v) =>
        v === null ||
        typeof v !== "object" ||
        (Array.isArray(v) && v.every((x) => x === null || typeof x !== "object")),
    );
    return flat ? value : value.map(wireValue);
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wireValue(v)]));
  }
  return value;
}

/** A proxy class: every proxy is constructed from its context, resolver, parent and path. */
export type ProxyClass<V, C> = new (
  ctx: ProxyContext,
  resolver: () => V | null,
  parent: ProxyNode,
  path: PathSpec,
) => C;

export interface PathSpec {
  /** 3 method, 4 property, 5 collection item. */
  readonly type: number;
  readonly name: string;
  readonly args?: readonly unknown[];
}

export abstract class ProxyObject<T> implements ProxyNode {
  /** @internal */ readonly _path: ObjectPathInfo;
  /** @internal */ readonly _parent: ProxyNode | undefined;
  protected _loaded: Record<string, unknown> = {};
  protected _isNull: boolean | undefined;
  private _bound: { value: T | null } | undefined;
  private readonly _navCache = new Map<string, ProxyNode>();
  protected _items: ProxyNode[] | undefined;

  protected constructor(
    /** @internal */ readonly _ctx: ProxyContext,
    private readonly _resolver: () => T | null,
    parent: ProxyNode | undefined,
    path: PathSpec,
  ) {
    this._parent = parent;
    this._path = {
      Id: _ctx.nextId(),
      ObjectPathType: path.type,
      Name: path.name,
      ...(parent ? { ParentObjectPathId: parent._path.Id } : {}),
      ...(path.args && path.args.length > 0 ? { ArgumentInfo: { Arguments: path.args.map(wireValue) } } : {}),
    };
  }

  protected abstract _spec(): ProxySpec<T>;

  /** The request context the object belongs to. */
  get context(): ProxyContext {
    return this._ctx;
  }

  /** True when an *OrNullObject call found nothing; readable only after a sync. */
  get isNullObject(): boolean {
    if (this._isNull === undefined) {
      throw new OfficeApiError(ErrorCode.propertyNotLoaded, {
        message: propertyNotLoadedMessage("isNullObject"),
      });
    }
    return this._isNull;
  }

  /** Queues a load of the given properties (Office.js syntax); they are readable after `context.sync()`. */
  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    const typeName = this._spec().typeName;
    this._enqueue(
      { ActionType: 2, Name: "", QueryInfo: { Select: paths } },
      `${typeName}.load`,
      `${lowerFirst(typeName)}.load(${JSON.stringify(paths.join(","))})`,
      () => this._query(paths),
    );
    return this;
  }

  /** Sets several properties at once, navigation properties included (Office.js `set`). */
  set(properties: object): void {
    const spec = this._spec();
    for (const [key, value] of Object.entries(properties)) {
      if (spec.navigation?.includes(key)) {
        const child = Reflect.get(this, key) as unknown;
        if (child instanceof ProxyObject && value && typeof value === "object") child.set(value);
        continue;
      }
      if (!hasSetter(this, key)) {
        throw excelError(ErrorCode.invalidArgument, `${spec.typeName}.${key} cannot be set`);
      }
      Reflect.set(this, key, value);
    }
  }

  /** The loaded data as a plain object (Office.js `toJSON`). */
  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = { ...this._loaded };
    for (const [name, child] of this._navCache) {
      const data = child.toJSON();
      if (Object.keys(data).length > 0) out[name] = data;
    }
    if (this._items) out.items = this._items.map((i) => i.toJSON());
    return out;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  // ---- for subclasses -------------------------------------------------------------------------------

  /** @internal The underlying model object; throws ItemNotFound for a null or deleted object. */
  _target(): T {
    const value = this._bound ? this._bound.value : this._resolver();
    const spec = this._spec();
    if (value === null) throw excelError(ErrorCode.itemNotFound, `${spec.typeName} does not exist`);
    if (spec.alive && !spec.alive(value)) throw excelError(ErrorCode.itemNotFound, `${spec.typeName} was deleted`);
    return value;
  }

  /** @internal Binds an item proxy to its model object (collection items). */
  _bind(value: T): this {
    this._bound = { value };
    this._isNull = false;
    return this;
  }

  protected get _wb(): WorkbookModel {
    return this._ctx.wb;
  }

  protected _get<V>(name: string): V {
    if (Object.prototype.hasOwnProperty.call(this._loaded, name)) return this._loaded[name] as V;
    if (this._isNull === true) return undefined as V;
    throw new OfficeApiError(ErrorCode.propertyNotLoaded, {
      message: propertyNotLoadedMessage(name),
      errorLocation: `${this._spec().typeName}.${name}`,
    });
  }

  /** A property write: echoed locally (as Office.js does) and applied at sync. */
  protected _set(name: string, value: unknown, apply: (target: T) => void): void {
    this._loaded[name] = value;
    const typeName = this._spec().typeName;
    this._enqueue(
      { ActionType: 4, Name: capitalize(name), ArgumentInfo: { Arguments: [wireValue(value)] } },
      `${typeName}.${name}`,
      `${lowerFirst(typeName)}.${name} = ${preview(value)};`,
      () => {
        apply(this._target());
      },
    );
  }

  protected _call(name: string, args: readonly unknown[], run: (target: T) => void): void {
    const typeName = this._spec().typeName;
    this._enqueue(
      { ActionType: 3, Name: capitalize(name), ArgumentInfo: { Arguments: args.map(wireValue) } },
      `${typeName}.${name}`,
      `${lowerFirst(typeName)}.${name}(${args.map(preview).join(", ")});`,
      () => {
        run(this._target());
      },
    );
  }

  protected _callForResult<V>(name: string, args: readonly unknown[], compute: (target: T) => V): ClientResultImpl<V> {
    const result = new ClientResultImpl<V>();
    const typeName = this._spec().typeName;
    this._enqueue(
      { ActionType: 3, Name: capitalize(name), ArgumentInfo: { Arguments: args.map(wireValue) } },
      `${typeName}.${name}`,
      `${lowerFirst(typeName)}.${name}(${args.map(preview).join(", ")});`,
      () => {
        const value = compute(this._target());
        return { response: value, commit: () => result._resolve(value) };
      },
    );
    return result;
  }

  /**
   * A method returning an object: the new proxy is instantiated in order at sync, so an error (an
   * item that does not exist) surfaces there, and an *OrNullObject proxy learns `isNullObject`.
   */
  protected _method<V, C extends ProxyObject<V>>(
    make: ProxyClass<V, C>,
    name: string,
    args: readonly unknown[],
    resolve: (target: T) => V | null,
  ): C {
    let resolved: { value: V | null } | undefined;
    const child = new make(
      this._ctx,
      () => {
        if (!resolved) throw excelError(ErrorCode.generalException, `${name} was not instantiated`);
        return resolved.value;
      },
      this,
      { type: 3, name: capitalize(name), args },
    );
    child._enqueue(
      { ActionType: 1, Name: "" },
      `${this._spec().typeName}.${name}`,
      `${lowerFirst(this._spec().typeName)}.${name}(${args.map(preview).join(", ")});`,
      () => {
        const value = resolve(this._target());
        resolved = { value };
        child._bound = { value };
        return { commit: () => (child._isNull = value === null) };
      },
    );
    return child;
  }

  /** A navigation property (range.format, sheet.protection): the same proxy every time. */
  protected _nav<C extends ProxyNode>(name: string, make: (path: PathSpec) => C): C {
    let child = this._navCache.get(name) as C | undefined;
    if (!child) {
      child = make({ type: 4, name: capitalize(name) });
      this._navCache.set(name, child);
    }
    return child;
  }

  protected _itemsOrThrow<I>(): I[] {
    if (this._items) return this._items as unknown as I[];
    throw new OfficeApiError(ErrorCode.propertyNotLoaded, {
      message: propertyNotLoadedMessage("items"),
      errorLocation: `${this._spec().typeName}.items`,
    });
  }

  /** @internal Runs a load now (at sync), for this object, its navigation children and items. */
  _query(paths: readonly string[]): OperationResult {
    const spec = this._spec();
    const value = this._bound ? this._bound.value : this._resolver();
    if (value === null) return { response: null, commit: () => (this._isNull = true) };
    const target = this._target();
    const own = new Set<string>();
    let allOwn = paths.length === 0 || paths.includes("");
    const children = new Map<string, string[]>();
    let itemPaths: string[] | undefined = spec.items && paths.length === 0 ? [] : undefined;
    for (const path of paths) {
      if (path === "") continue;
      const [head = "", ...rest] = path.split("/");
      if (spec.items) {
        if (head === "items") (itemPaths ??= []).push(rest.join("/"));
        else if (head in spec.scalars && rest.length === 0) own.add(head);
        else (itemPaths ??= []).push(path);
        continue;
      }
      if (spec.navigation?.includes(head)) {
        const list = children.get(head) ?? [];
        list.push(rest.join("/"));
        children.set(head, list);
      } else if (head in spec.scalars) own.add(head);
      else throw excelError(ErrorCode.invalidArgument, `${spec.typeName} has no property "${head}"`);
    }
    if (spec.items && paths.length > 0 && own.size === 0 && itemPaths === undefined) allOwn = false;
    const names = allOwn ? Object.keys(spec.scalars) : [...own];
    const data: Record<string, unknown> = {};
    for (const name of names) {
      const read = spec.scalars[name];
      if (read) data[name] = read(target, this._ctx.wb);
    }
    const commits: Array<() => void> = [];
    const response: Record<string, unknown> = { ...data };
    for (const [name, childPaths] of children) {
      const child = Reflect.get(this, name) as unknown;
      if (!(child instanceof ProxyObject)) continue;
      const result = child._query(childPaths.filter((p) => p !== "").length === 0 ? [] : childPaths);
      response[name] = result.response;
      if (result.commit) commits.push(result.commit);
    }
    let items: ProxyNode[] | undefined;
    if (spec.items && itemPaths !== undefined) {
      items = spec.items(target, this);
      const wanted = itemPaths.filter((p) => p !== "");
      const all = itemPaths.length === 0 || itemPaths.includes("");
      const results = items.map((item) => item._query(all ? [...wanted, ""] : wanted));
      response.items = results.map((r) => r.response);
      results.forEach((r) => r.commit && commits.push(r.commit));
    }
    return {
      response,
      commit: () => {
        this._isNull = false;
        Object.assign(this._loaded, data);
        if (items) this._items = items;
        commits.forEach((c) => c());
      },
    };
  }

  /** @internal */
  _enqueue(
    action: Omit<ActionInfo, "Id" | "ObjectPathId">,
    location: string,
    statement: string,
    run: () => OperationResult | void,
  ): void {
    this._ctx.enqueue({
      action: { ...action, Id: this._ctx.nextId(), ObjectPathId: this._path.Id },
      owner: this,
      location,
      statement,
      run,
    });
  }
}

function hasSetter(object: object, key: string): boolean {
  let proto: object | null = Object.getPrototypeOf(object) as object | null;
  while (proto) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, key);
    if (descriptor) return typeof descriptor.set === "function";
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  return false;
}

function lowerFirst(name: string): string {
  return name.charAt(0).toLowerCase() + name.slice(1);
}

function preview(value: unknown): string {
  if (value instanceof ProxyObject) return lowerFirst(value._path.Name || "object");
  if (Array.isArray(value)) {
    const rows = value.length;
    const first = value[0];
    return Array.isArray(first) ? `[${rows}×${first.length} array]` : `[${rows} items]`;
  }
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function propertyNotLoadedMessage(name: string): string {
  return `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`;
}
