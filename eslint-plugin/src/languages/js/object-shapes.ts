import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { StaticValue } from '../../sites';
import type { Bindings } from './bindings';
import type { JsModule } from './js-module';

/**
 * What static resolution sees of an object: the keys it certainly holds, the keys something unseen may have changed,
 * and whether unseen code may have added any other key. Nothing is ever guessed; unknown values are never reported.
 */

/** Where an entry's value node is read: its scope, and the constructor arguments bound around it (subclasses). */
export interface Place {
  readonly scope: Scope.Scope;
  readonly bindings: Bindings | null;
}

/** One property as it will be seen at run time, with the node to point at or replace. */
export interface ObjectEntry {
  readonly value: StaticValue;
  readonly valueNode: TSESTree.Node;
  readonly property: TSESTree.Property;
  readonly place: Place;
  /**
   * Where a value written in another module enters the module being resolved (the imported name, the spread of it):
   * what a finding about it points at, since the other module's text is not the one being linted.
   */
  readonly anchor?: Anchor;
}

export interface Anchor {
  readonly node: TSESTree.Node;
  readonly module: JsModule | null;
}

export interface ObjectShape {
  /** Entries that are certain (later entries win, as at run time). */
  readonly entries: ReadonlyMap<string, ObjectEntry>;
  /** Keys written where it cannot be seen with what (`options.x = f()`, `delete options.x`): each is unknown. */
  readonly unknownKeys: ReadonlySet<string>;
  /** An unknown spread, a computed key or a write to any key was seen: any key not set after it may hold anything. */
  readonly open: boolean;
  /** The object literal a new property can be added to (the one at the call site when there is one). */
  readonly literal: TSESTree.ObjectExpression | null;
}

/** What a lookup of one key gives: a seen entry, certainly absent, or unknown. */
export type Lookup = { readonly state: 'present'; readonly entry: ObjectEntry } | { readonly state: 'absent' } | { readonly state: 'unknown' };

export const UNKNOWN: StaticValue = { known: false };

export function lookup(shape: ObjectShape, key: string): Lookup {
  const entry = shape.entries.get(key);
  if (entry) return { state: 'present', entry };
  if (shape.open || shape.unknownKeys.has(key)) return { state: 'unknown' };
  return { state: 'absent' };
}

/** Applies properties, spreads and writes in source order, as JavaScript does. */
export class ShapeBuilder {
  private readonly entries = new Map<string, ObjectEntry>();
  private readonly unknownKeys = new Set<string>();
  private open = false;

  constructor(private literal: TSESTree.ObjectExpression | null) {}

  set(key: string, entry: ObjectEntry): void {
    this.entries.set(key, entry);
    this.unknownKeys.delete(key);
  }

  /** Merges a spread source; an unknown one (or one with unknown keys) may replace anything set before it. */
  merge(shape: ObjectShape | null): void {
    if (!shape || shape.open) this.forgetAll();
    for (const key of shape?.unknownKeys ?? []) this.forget(key);
    for (const [key, entry] of shape?.entries ?? []) this.set(key, entry);
  }

  /** A write of this key that cannot be seen. */
  forget(key: string): void {
    this.entries.delete(key);
    this.unknownKeys.add(key);
  }

  /** A write of any key: nothing set so far can be trusted. */
  forgetAll(): void {
    this.entries.clear();
    this.unknownKeys.clear();
    this.open = true;
  }

  /** The literal a suggestion would add a property to, once resolution knows better than the start did. */
  useLiteral(literal: TSESTree.ObjectExpression | null): void {
    this.literal = literal;
  }

  build(): ObjectShape {
    return { entries: this.entries, unknownKeys: this.unknownKeys, open: this.open, literal: this.literal };
  }
}

/** The same shape with every entry written outside `from` marked as entering through `anchor`. */
export function anchored(shape: ObjectShape, anchor: Anchor, moduleOf: (entry: ObjectEntry) => JsModule | null): ObjectShape {
  const entries = new Map<string, ObjectEntry>();
  for (const [key, entry] of shape.entries) entries.set(key, moduleOf(entry) === anchor.module ? entry : { ...entry, anchor });
  return { ...shape, entries, literal: null };
}
