import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { ClientConcept, ClientDefault, JsClientLibrary, PoolConstructor } from '../../catalog/types';
import type { ClientSite, ExplicitSetting, Setting, WrittenOptions } from '../../sites';
import { lookup, resolveObject, type ObjectShape, type StaticValue } from './static-values';
import { textOf } from './text';

/** A setting as JavaScript writes it: an explicit one keeps the property and value nodes, for suggestions. */
export type JsSetting = Exclude<Setting, ExplicitSetting> | JsExplicitSetting;

export interface JsExplicitSetting extends ExplicitSetting {
  readonly property: TSESTree.Property;
  readonly valueNode: TSESTree.Node;
}

/** Where the options of a construction can be seen, or why they cannot. */
export type OptionsArgument =
  | { readonly state: 'object'; readonly shape: ObjectShape; readonly node: TSESTree.Node }
  | { readonly state: 'missing' }
  | { readonly state: 'unknown'; readonly node: TSESTree.Node };

/** A pool construction in JavaScript: the neutral site plus the nodes suggestions edit. */
export interface JsClientSite extends ClientSite {
  readonly node: TSESTree.NewExpression;
  readonly library: JsClientLibrary;
  readonly constructor: PoolConstructor;
  readonly argument: OptionsArgument;
  readonly settings: Readonly<Record<ClientConcept, JsSetting>>;
}

export interface PoolReferenceInfo {
  readonly library: JsClientLibrary;
  readonly constructor: PoolConstructor;
}

const CONCEPTS: readonly ClientConcept[] = [
  'keepAlive',
  'idleTimeoutMs',
  'keepAliveCapMs',
  'maxLifetimeMs',
  'tcpKeepAliveMs',
  'maxSockets',
  'maxTotalSockets',
  'maxFreeSockets',
  'socketTimeoutMs',
];

export function toClientSite(node: TSESTree.NewExpression, info: PoolReferenceInfo, specifier: string, scope: Scope.Scope, text: string): JsClientSite {
  const argument = readOptionsArgument(node, info.constructor.optionsIndex, scope);
  const settings = {} as Record<ClientConcept, JsSetting>;
  for (const concept of CONCEPTS) settings[concept] = readSetting(info.library, concept, argument, scope, text);
  const label = constructorLabel(specifier, info.constructor);
  return {
    kind: 'client',
    node,
    library: info.library,
    constructor: info.constructor,
    label,
    written: `new ${label}()`,
    range: node.range,
    calleeRange: node.callee.range,
    argument,
    options: writtenOptions(argument, text),
    settings,
  };
}

export function constructorLabel(specifier: string, constructor: PoolConstructor): string {
  const moduleName = specifier.replace(/^node:/, '');
  const path = constructor.path.length > 0 ? constructor.path : [constructor.className ?? 'default'];
  return [moduleName, ...path].join('.');
}

function readOptionsArgument(node: TSESTree.NewExpression, index: number, scope: Scope.Scope): OptionsArgument {
  const args = node.arguments;
  if (args.slice(0, index + 1).some((arg) => arg.type === 'SpreadElement')) return { state: 'unknown', node };
  const argument = args[index];
  if (!argument) return { state: 'missing' };
  if (argument.type === 'Literal' || argument.type === 'TemplateLiteral') return { state: 'missing' };
  const shape = resolveObject(argument, scope);
  return shape ? { state: 'object', shape, node: argument } : { state: 'unknown', node: argument };
}

/** The options argument as neutral data: what is certainly written, and whether anything unseen may add more. */
export function writtenOptions(argument: OptionsArgument, text: string): WrittenOptions | null {
  if (argument.state === 'unknown') return null;
  if (argument.state === 'missing') return { entries: new Map(), open: false };
  const entries = new Map(
    [...argument.shape.entries].map(([key, entry]) => [
      key,
      { value: entry.value, range: entry.property.range, valueRange: entry.valueNode.range, text: textOf(text, entry.valueNode) },
    ]),
  );
  return { entries, open: argument.shape.open };
}

function readSetting(library: JsClientLibrary, concept: ClientConcept, options: OptionsArgument, scope: Scope.Scope, text: string): JsSetting {
  const names = Object.keys(library.options).filter((name) => library.options[name] === concept);
  if (options.state === 'unknown') return { source: 'unknown', option: names[0] };
  if (options.state === 'object') {
    // Aliases are listed in the library's precedence: the first one present wins. An alias (any name but the
    // last) only takes over when truthy, as agentkeepalive's `if (options.keepAliveTimeout)` does.
    for (const [index, name] of names.entries()) {
      const found = lookupPath(options.shape, name, scope);
      if (found.state === 'unknown' || (found.state === 'present' && !found.value.known)) return { source: 'unknown', option: name };
      if (found.state === 'present' && found.value.known) {
        if (index < names.length - 1 && !found.value.value) continue;
        return explicitSetting(found.value.value, name, found.property, found.valueNode, text);
      }
    }
  }
  const fallback = pickDefault(library.defaults[concept]);
  return fallback ? { source: 'default', value: fallback.value, catalogSource: fallback.source } : { source: 'unknown' };
}

export function explicitSetting(value: unknown, option: string, property: TSESTree.Property, valueNode: TSESTree.Node, text: string): JsExplicitSetting {
  return { source: 'explicit', value, option, property, valueNode, range: property.range, valueRange: valueNode.range, text: textOf(text, valueNode) };
}

/** The newest default: library versions are not known from the source text. */
function pickDefault(defaults: readonly ClientDefault[] | undefined): ClientDefault | undefined {
  return defaults?.[0];
}

export type PathLookup =
  | { state: 'present'; value: StaticValue; property: TSESTree.Property; valueNode: TSESTree.Node }
  | { state: 'absent' }
  | { state: 'unknown' };

/** Looks up `a.b.c` through nested objects. */
export function lookupPath(shape: ObjectShape, dotted: string, scope: Scope.Scope): PathLookup {
  const [head, ...rest] = dotted.split('.');
  const found = lookup(shape, head!);
  if (found.state !== 'present') return found;
  const { value, property, valueNode } = found.entry;
  if (rest.length === 0) return { state: 'present', value, property, valueNode };
  const inner = resolveObject(valueNode, scope);
  if (inner) return lookupPath(inner, rest.join('.'), scope);
  // A known primitive (or `undefined`) holds no nested keys; anything else cannot be seen.
  return value.known && (typeof value.value !== 'object' || value.value === null) ? { state: 'absent' } : { state: 'unknown' };
}
