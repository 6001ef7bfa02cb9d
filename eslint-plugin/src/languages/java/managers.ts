import type { Node } from 'web-tree-sitter';
import { javaConnectionManagers } from '../../catalog/java-clients';
import type { JavaConnectionManager } from '../../catalog/java-types';
import type { TextRange } from '../../sites';
import { callBound, UNSEEN, type Candidate, type IdleBound } from './bounds';
import { configure, followVariable } from './chains';
import { CONNECTION_CONFIG } from './known-classes';
import { findSweepers } from './sweepers';
import { argumentsOf, methodName, rangeOf, receiverOf, same, unwrap, linkRange } from './syntax';
import type { JavaFile } from './java-file';

/** What one Apache connection manager, as the code builds and uses it, does to idle connections. */
export interface ManagerFacts {
  readonly entry: JavaConnectionManager;
  /** Bounds on idle time: a time-to-live, a 5.6 idle timeout, a sweeper thread. */
  readonly bounds: readonly Candidate[];
  /** A sweeper that only ever closes expired connections. */
  readonly expiredOnly: { readonly option: string; readonly range: TextRange } | null;
  readonly staleCheck: { readonly option: string; readonly range: TextRange; readonly ms: number | null } | null;
}

/** The manager an expression given to `setConnectionManager(…)` is, when the file shows how it is built. */
export function managerFacts(file: JavaFile, argument: Node): ManagerFacts | null {
  const expression = unwrap(argument);
  const construction = constructionOf(file, expression);
  if (construction) return factsOf(file, construction.node, construction.entry, null);
  if (expression.type !== 'identifier' && expression.type !== 'field_access') return null;
  const binding = file.values.binding(expression);
  if (binding.kind === 'unknown') return null;
  const initial = binding.kind === 'constant' ? binding.value : onlyAssignment(file, binding.declarator, binding.scope);
  const built = initial ? constructionOf(file, unwrap(initial)) : null;
  return built ? factsOf(file, built.node, built.entry, { declarator: binding.declarator, scope: binding.scope }) : null;
}

/** A variable declared without a value and assigned exactly once (a field set in the constructor). */
function onlyAssignment(file: JavaFile, declarator: Node, scope: 'local' | 'field'): Node | null {
  const name = declarator.childForFieldName('name')!.text;
  // A local is assigned in its block; a field anywhere in the file (its constructor, usually).
  const region = scope === 'local' ? declarator.parent?.parent : file.root;
  if (!region) return null;
  const values: Node[] = [];
  for (const assignment of region.descendantsOfType('assignment_expression')) {
    const left = assignment.childForFieldName('left');
    const target = left?.type === 'field_access' && left.childForFieldName('object')?.type === 'this' ? left.childForFieldName('field') : left;
    if (target?.type === 'identifier' && target.text === name) values.push(assignment.childForFieldName('right')!);
  }
  return values.length === 1 ? values[0]! : null;
}

function constructionOf(file: JavaFile, expression: Node): { node: Node; entry: JavaConnectionManager } | null {
  for (const entry of javaConnectionManagers) {
    for (const construction of entry.constructions) {
      const root = construction.method === null ? creationOf(file, expression, construction.className) : builderRoot(file, expression, construction.className, construction.method);
      if (root) return { node: root, entry };
    }
  }
  return null;
}

function creationOf(file: JavaFile, expression: Node, className: string): Node | null {
  if (expression.type !== 'object_creation_expression') return null;
  const type = expression.childForFieldName('type');
  return type && file.imports.classOf(type) === className ? expression : null;
}

/** `Builder.create()…build()`: the root call, when `expression` is that chain. */
function builderRoot(file: JavaFile, expression: Node, className: string, method: string): Node | null {
  let current: Node | null = expression;
  while (current?.type === 'method_invocation') {
    const receiver = receiverOf(current);
    if (methodName(current) === method && receiver && file.imports.classOf(receiver) === className) return current;
    current = receiver ? unwrap(receiver) : null;
  }
  return null;
}

function factsOf(file: JavaFile, root: Node, entry: JavaConnectionManager, variable: { declarator: Node; scope: 'local' | 'field' } | null): ManagerFacts {
  const bounds: Candidate[] = [];
  let staleCheck: ManagerFacts['staleCheck'] = null;
  if (root.type === 'object_creation_expression' && entry.timeToLiveConstructor) {
    const args = argumentsOf(root);
    if (args.length >= 2 && file.values.unitMs(args.at(-1)!) !== undefined) {
      const ms = file.values.pairMs(args.at(-2)!, args.at(-1)!);
      bounds.push(ms === undefined ? UNSEEN : ctorBound(file, root, args.slice(-2), ms));
    }
  } else if (root.type === 'object_creation_expression') {
    // A 5.x constructor that takes a time-to-live as a TimeValue among its arguments.
    for (const arg of argumentsOf(root)) {
      const ms = file.values.durationMs(arg);
      if (ms !== undefined) bounds.push(ctorBound(file, root, [arg], ms));
    }
  }
  const builderCalls = root.type === 'method_invocation' ? configure(root, 'build').calls : [];
  const variableCalls = variable ? followVariable(variable.declarator, variable.scope, null).calls : [];
  for (const call of [...builderCalls, ...variableCalls]) {
    const name = methodName(call)!;
    const setter = entry.setters[name];
    const args = argumentsOf(call);
    if (name === entry.staleCheck?.method) {
      staleCheck = { option: name, range: linkRange(call), ms: args.length === 1 ? (file.values.number(args[0]!) ?? file.values.durationMs(args[0]!) ?? null) : null };
      continue;
    }
    if (!setter) continue;
    if (setter.sets === 'connection-config') {
      bounds.push(...connectionConfigBounds(file, args[0]));
      continue;
    }
    if (setter.sets === 'time-to-live') bounds.push(durationCall(file, call, { kind: 'time-to-live' }));
  }
  const sweepers = variable ? findSweepers(file, variable.declarator, variable.scope, entry) : { bounds: [], expiredOnly: null };
  bounds.push(...sweepers.bounds);
  return { entry, bounds, expiredOnly: sweepers.expiredOnly, staleCheck };
}

function ctorBound(file: JavaFile, creation: Node, args: readonly Node[], ms: number): IdleBound {
  const valueRange: TextRange = [args[0]!.startIndex, args.at(-1)!.endIndex];
  return { ms, option: 'timeToLive', range: rangeOf(creation), valueRange, text: file.text.slice(valueRange[0], valueRange[1]), derivation: { kind: 'time-to-live' } };
}

/** A call taking a duration as `(TimeValue)` or `(long, TimeUnit)`. */
export function durationCall(file: JavaFile, call: Node, derivation: IdleBound['derivation']): Candidate {
  const args = argumentsOf(call);
  const ms = args.length === 1 ? file.values.durationMs(args[0]!) : args.length === 2 ? file.values.pairMs(args[0]!, args[1]!) : undefined;
  return ms === undefined ? UNSEEN : callBound(call, ms, file.text, derivation);
}

/** `ConnectionConfig.custom().setTimeToLive(…).setIdleTimeout(…).build()`, inline or through a constant. */
function connectionConfigBounds(file: JavaFile, argument: Node | undefined): Candidate[] {
  if (!argument) return [UNSEEN];
  let expression = unwrap(argument);
  if (expression.type === 'identifier' || expression.type === 'field_access') {
    const binding = file.values.binding(expression);
    if (binding.kind !== 'constant') return [UNSEEN];
    expression = unwrap(binding.value);
  }
  const root = builderRoot(file, expression, CONNECTION_CONFIG, 'custom');
  if (!root || !same(configure(root, 'build').expression, expression)) return [UNSEEN];
  const bounds: Candidate[] = [];
  for (const call of configure(root, 'build').calls) {
    const name = methodName(call);
    if (name === 'setTimeToLive') bounds.push(durationCall(file, call, { kind: 'time-to-live' }));
    else if (name === 'setIdleTimeout') bounds.push(durationCall(file, call, undefined));
  }
  return bounds;
}
