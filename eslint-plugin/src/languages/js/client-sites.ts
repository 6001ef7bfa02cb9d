import type { TSESTree } from '@typescript-eslint/utils';
import type { ClientConcept, ClientDefault, JsClientLibrary, PoolConstructor } from '../../catalog/types';
import type { ClientSite, ExplicitSetting, Setting, WrittenOptions } from '../../sites';
import type { ArgumentList } from './bindings';
import type { JsModule } from './js-module';
import { constructionOptions, insertionFor, type OptionInsertion } from './construction-options';
import { entryObject, lookup, type ObjectEntry, type ObjectShape, type StaticValue } from './static-values';
import type { PoolSubclass } from './subclasses';
import { writtenAt } from './written-at';

/** A setting as JavaScript writes it: an explicit one keeps the property and value nodes, for suggestions. */
export type JsSetting = Exclude<Setting, ExplicitSetting> | JsExplicitSetting;

export interface JsExplicitSetting extends ExplicitSetting {
  readonly property: TSESTree.Property;
  readonly valueNode: TSESTree.Node;
  /** Written in another module: `range` is where it enters this file (an import, a spread), and it is never edited. */
  readonly elsewhere: boolean;
  /** For a value written elsewhere, the node of this file it comes in through. */
  readonly anchor: TSESTree.Node | null;
}

/** Where the options of a construction can be seen, or why they cannot. */
export type OptionsArgument =
  | { readonly state: 'object'; readonly shape: ObjectShape; readonly node: TSESTree.Node }
  | { readonly state: 'missing' }
  | { readonly state: 'unknown'; readonly node: TSESTree.Node };

/**
 * A pool construction in JavaScript: the neutral site plus the nodes suggestions edit. `node` is the `new …(…)`, or,
 * in a subclass, the `super(…)` / `Base.call(this, …)` that builds the base from options the subclass fixes.
 */
export interface JsClientSite extends ClientSite {
  readonly node: TSESTree.NewExpression | TSESTree.CallExpression;
  readonly library: JsClientLibrary;
  readonly constructor: PoolConstructor;
  readonly argument: OptionsArgument;
  /** Where a suggestion adds an option this construction leaves unset so that it takes effect; `null`: nowhere. */
  readonly insertion: OptionInsertion;
  /** The options go through a subclass's constructor before they reach the pool. */
  readonly throughSubclass: boolean;
  readonly settings: Readonly<Record<ClientConcept, JsSetting>>;
}

export interface PoolReferenceInfo {
  readonly library: JsClientLibrary;
  readonly constructor: PoolConstructor;
  /** The module the constructor comes from, as messages name it (`https`, `undici`). */
  readonly specifier: string;
  /** What is constructed is a subclass of `constructor` (its chain of bases ends at it). */
  readonly subclass?: PoolSubclass;
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

/**
 * One construction of a pool constructor (or of a subclass of one) with the arguments written at it.
 * @param module the linted module: options written in other modules point at where they enter it.
 * @param builds the subclass whose constructor this is the base call of, which is what messages then name.
 */
export function toClientSite(node: JsClientSite['node'], info: PoolReferenceInfo, args: ArgumentList, module: JsModule | null, builds?: PoolSubclass): JsClientSite {
  const argument = constructionOptions(info, args, node);
  const settings = {} as Record<ClientConcept, JsSetting>;
  for (const concept of CONCEPTS) settings[concept] = readSetting(info.library, concept, argument, module, node);
  if (ownsIdleBehaviour(info) || builds?.ownIdleBehaviour) settings.idleTimeoutMs = { source: 'unknown', option: settings.idleTimeoutMs.source === 'explicit' ? settings.idleTimeoutMs.option : undefined };
  const label = constructorLabel(info.specifier, info.constructor);
  const name = (builds ?? info.subclass)?.name;
  return {
    kind: 'client',
    node,
    library: info.library,
    constructor: info.constructor,
    label,
    written: `new ${name ?? label}()`,
    range: node.range,
    calleeRange: node.callee.range,
    argument,
    insertion: inCall(node, insertionFor(info, args, argument)),
    throughSubclass: info.subclass !== undefined,
    options: writtenOptions(argument, module, node),
    settings,
  };
}

/**
 * An insertion counted in the arguments the pool receives, as a position in `node`'s own arguments: one more in
 * `Base.call(this, …)`; none in `Base.apply(this, [ … ])`, whose arguments are an array.
 */
function inCall(node: JsClientSite['node'], insertion: OptionInsertion): OptionInsertion {
  if (insertion?.kind !== 'argument' || node.type === 'NewExpression' || node.callee.type === 'Super') return insertion;
  const method = node.callee.type === 'MemberExpression' && !node.callee.computed && node.callee.property.type === 'Identifier' ? node.callee.property.name : null;
  return method === 'call' ? { kind: 'argument', index: insertion.index + 1 } : null;
}

/** A subclass somewhere in the chain closes idle sockets its own way. */
function ownsIdleBehaviour(info: PoolReferenceInfo): boolean {
  return info.subclass?.ownIdleBehaviour === true;
}

export function constructorLabel(specifier: string, constructor: PoolConstructor): string {
  const moduleName = specifier.replace(/^node:/, '');
  const path = constructor.path.length > 0 ? constructor.path : [constructor.className ?? 'default'];
  return [moduleName, ...path].join('.');
}

/** The options argument as neutral data: what is certainly written, and whether anything unseen may add more. */
function writtenOptions(argument: OptionsArgument, module: JsModule | null, construction: TSESTree.Node): WrittenOptions | null {
  if (argument.state === 'unknown') return null;
  if (argument.state === 'missing') return { entries: new Map(), open: false };
  const entries = new Map(
    [...argument.shape.entries].map(([key, entry]) => {
      const at = writtenAt(entry, module, construction);
      return [key, { value: entry.value, range: at.range, valueRange: at.valueRange, text: at.text }];
    }),
  );
  return { entries, open: argument.shape.open || argument.shape.unknownKeys.size > 0 };
}

const namesByLibrary = new WeakMap<JsClientLibrary, Readonly<Record<ClientConcept, readonly string[]>>>();

/** Each concept's option names in the library's order of precedence, worked out once per catalogue entry. */
function optionNames(library: JsClientLibrary): Readonly<Record<ClientConcept, readonly string[]>> {
  let names = namesByLibrary.get(library);
  if (!names) {
    const byConcept = Object.fromEntries(CONCEPTS.map((concept) => [concept, [] as string[]])) as Record<ClientConcept, string[]>;
    for (const [name, concept] of Object.entries(library.options)) if (concept !== undefined) byConcept[concept]?.push(name);
    names = byConcept;
    namesByLibrary.set(library, names);
  }
  return names;
}

function readSetting(library: JsClientLibrary, concept: ClientConcept, options: OptionsArgument, module: JsModule | null, construction: TSESTree.Node): JsSetting {
  const names = optionNames(library)[concept];
  if (options.state === 'unknown') return { source: 'unknown', option: names[0] };
  if (options.state === 'object') {
    // Aliases are listed in the library's precedence: the first one present wins. An alias (any name but the
    // last) only takes over when truthy, as agentkeepalive's `if (options.keepAliveTimeout)` does.
    for (const [index, name] of names.entries()) {
      const found = lookupPath(options.shape, name);
      if (found.state === 'unknown' || (found.state === 'present' && !found.value.known)) return { source: 'unknown', option: name };
      if (found.state === 'present' && found.value.known) {
        if (index < names.length - 1 && !found.value.value) continue;
        return explicitSetting(found.value.value, name, found.entry, module, construction);
      }
    }
  }
  const fallback = pickDefault(library.defaults[concept]);
  return fallback ? { source: 'default', value: fallback.value, catalogSource: fallback.source } : { source: 'unknown' };
}

export function explicitSetting(value: unknown, option: string, entry: ObjectEntry, module: JsModule | null, construction: TSESTree.Node): JsExplicitSetting {
  const at = writtenAt(entry, module, construction);
  return { source: 'explicit', value, option, property: entry.property, valueNode: entry.valueNode, ...at };
}

/** The newest default: library versions are not known from the source text. */
function pickDefault(defaults: readonly ClientDefault[] | undefined): ClientDefault | undefined {
  return defaults?.[0];
}

export type PathLookup =
  | { state: 'present'; value: StaticValue; property: TSESTree.Property; valueNode: TSESTree.Node; entry: ObjectEntry }
  | { state: 'absent' }
  | { state: 'unknown' };

/** Looks up `a.b.c` through nested objects, each resolved where it is written. */
export function lookupPath(shape: ObjectShape, dotted: string): PathLookup {
  const [head, ...rest] = dotted.split('.');
  const found = lookup(shape, head!);
  if (found.state !== 'present') return found;
  const { entry } = found;
  if (rest.length === 0) return { state: 'present', value: entry.value, property: entry.property, valueNode: entry.valueNode, entry };
  const inner = entryObject(entry);
  if (inner) return lookupPath(inner, rest.join('.'));
  // A known primitive (or `undefined`) holds no nested keys; anything else cannot be seen.
  return entry.value.known && (typeof entry.value.value !== 'object' || entry.value.value === null) ? { state: 'absent' } : { state: 'unknown' };
}
