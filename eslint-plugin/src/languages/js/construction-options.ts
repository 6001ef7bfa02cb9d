import type { TSESTree } from '@typescript-eslint/utils';
import { bindParameters, type ArgumentList } from './bindings';
import type { OptionsArgument, PoolReferenceInfo } from './client-sites';
import { resolveObject, unwrap } from './static-values';
import type { PoolSubclass } from './subclasses';

/** Where a suggestion adds an option a construction leaves unset: a literal of the linted file, or a new argument. */
export type OptionInsertion = { readonly kind: 'literal'; readonly literal: TSESTree.ObjectExpression } | { readonly kind: 'argument'; readonly index: number } | null;

/**
 * The options a construction gives the pool. For a subclass, its constructor's parameters are bound to the arguments
 * (`null` arguments: unknown, as seen from inside the class) and what it passes to its base is resolved, down the
 * chain to the catalogued constructor.
 */
export function constructionOptions(info: PoolReferenceInfo, args: ArgumentList | null, construction: TSESTree.Node, depth = 0): OptionsArgument {
  if (!args || depth > 8) return { state: 'unknown', node: construction };
  const subclass = info.subclass;
  if (!subclass) return optionsArgument(args, info.constructor.optionsIndex, construction);
  const build = subclass.build;
  if (build.kind === 'passthrough') return constructionOptions(subclass.base, args, construction, depth + 1);
  if (build.kind === 'unknown') return { state: 'unknown', node: construction };
  return constructionOptions(subclass.base, baseArguments(subclass, args), construction, depth + 1);
}

/** What a subclass's constructor passes to its base, with its parameters bound to `args` (unknown when `null`). */
export function baseArguments(subclass: PoolSubclass, args: ArgumentList | null): ArgumentList {
  const build = subclass.build;
  if (build.kind !== 'call') throw new Error('keepalive: only a constructor that calls its base has base arguments');
  const bindings = bindParameters(build.params, build.functionScope, args);
  return { nodes: build.arguments, place: { scope: build.callScope, bindings } };
}

const dependence = new WeakMap<PoolSubclass, boolean>();

/**
 * Whether what a subclass gives its pool depends on the arguments of each `new Sub(…)`: then each construction is a
 * site of its own; otherwise the base call inside the class is the one site for them all.
 */
export function dependsOnArguments(subclass: PoolSubclass): boolean {
  let depends = dependence.get(subclass);
  if (depends === undefined) {
    const build = subclass.build;
    if (build.kind === 'passthrough') depends = true;
    else if (build.kind === 'unknown') depends = false;
    else {
      const args = baseArguments(subclass, null);
      constructionOptions(subclass.base, args, build.call);
      depends = args.place.bindings?.touched === true;
    }
    dependence.set(subclass, depends);
  }
  return depends;
}

function optionsArgument(args: ArgumentList, index: number, construction: TSESTree.Node): OptionsArgument {
  const { nodes, place } = args;
  if (nodes.slice(0, index + 1).some((node) => node.type === 'SpreadElement')) return { state: 'unknown', node: construction };
  const argument = nodes[index];
  if (!argument) return { state: 'missing' };
  if (argument.type === 'Literal' || argument.type === 'TemplateLiteral') return { state: 'missing' };
  const shape = resolveObject(argument, place.scope, place.bindings);
  return shape ? { state: 'object', shape, node: argument } : { state: 'unknown', node: argument };
}

/**
 * Where an option a construction leaves unset can be added. A catalogued constructor: its options literal (the
 * literal at the call, or the constant it names), or a new options argument. A subclass: the literal passed where its
 * constructor spreads (or passes on) the options it receives, so the value reaches the pool; never the class itself,
 * which every other construction shares.
 */
export function insertionFor(info: PoolReferenceInfo, args: ArgumentList, argument: OptionsArgument): OptionInsertion {
  const index = optionsIndexOf(info);
  if (index === null) return null;
  if (!info.subclass) {
    if (argument.state === 'object') return argument.shape.literal ? { kind: 'literal', literal: argument.shape.literal } : null;
    return argument.state === 'missing' && args.nodes.length === index ? { kind: 'argument', index } : null;
  }
  const passed = args.nodes[index];
  if (!passed) return args.nodes.length === index ? { kind: 'argument', index } : null;
  if (args.nodes.slice(0, index + 1).some((node) => node.type === 'SpreadElement')) return null;
  const shape = resolveObject(passed, args.place.scope, args.place.bindings);
  return shape?.literal ? { kind: 'literal', literal: shape.literal } : null;
}

/**
 * Which argument of a construction carries the options to the pool: the catalogued constructor's own position, or,
 * through a subclass, the parameter its constructor passes on whole or spreads into its base's options.
 */
function optionsIndexOf(info: PoolReferenceInfo, depth = 0): number | null {
  const subclass = info.subclass;
  if (!subclass) return info.constructor.optionsIndex;
  if (depth > 8) return null;
  const build = subclass.build;
  if (build.kind === 'passthrough') return optionsIndexOf(subclass.base, depth + 1);
  if (build.kind === 'unknown') return null;
  const baseIndex = optionsIndexOf(subclass.base, depth + 1);
  const passed = baseIndex === null ? undefined : build.arguments[baseIndex];
  if (!passed || passed.type === 'SpreadElement') return null;
  const value = unwrap(passed);
  const names = value.type === 'Identifier' ? [value.name] : value.type === 'ObjectExpression' ? spreadNames(value) : [];
  const index = build.params.findIndex((param) => names.includes(parameterName(param) ?? ''));
  return index === -1 ? null : index;
}

/** `{ keepAlive: true, ...options }`: the names spread last into a literal (only the last spread wins for a key). */
function spreadNames(literal: TSESTree.ObjectExpression): string[] {
  const last = literal.properties.findLast((property) => property.type === 'SpreadElement');
  const argument = last?.type === 'SpreadElement' ? unwrap(last.argument) : null;
  return argument?.type === 'Identifier' ? [argument.name] : [];
}

function parameterName(param: TSESTree.Parameter): string | null {
  const plain = param.type === 'TSParameterProperty' ? param.parameter : param;
  if (plain.type === 'Identifier') return plain.name;
  return plain.type === 'AssignmentPattern' && plain.left.type === 'Identifier' ? plain.left.name : null;
}
