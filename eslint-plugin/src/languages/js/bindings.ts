import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { Place } from './object-shapes';

/** What a constructor parameter holds at one construction: an argument, nothing (not passed), or something unseen. */
export type BoundArgument =
  | { readonly kind: 'node'; readonly node: TSESTree.Node; readonly place: Place }
  | { readonly kind: 'missing' }
  | { readonly kind: 'unknown' };

/** The arguments of one construction, as written where it is called. `null`: the constructor's own view, arguments unseen. */
export interface ArgumentList {
  readonly nodes: readonly TSESTree.CallExpressionArgument[];
  readonly place: Place;
}

/**
 * The parameters of one subclass constructor bound to the arguments of one construction, so that
 * `super({ keepAlive: true, ...options })` resolves with what `new ApiAgent({ timeout: 4000 })` passed.
 */
export class Bindings {
  /** Resolution read a parameter: what it found depends on the arguments of each construction. */
  touched = false;

  constructor(private readonly byVariable: ReadonlyMap<Scope.Variable, BoundArgument>) {}

  argumentOf(variable: Scope.Variable): BoundArgument | undefined {
    const bound = this.byVariable.get(variable);
    if (bound) this.touched = true;
    return bound;
  }

  /** The parameters themselves, for the check of what the constructor writes to them. */
  has(variable: Scope.Variable): boolean {
    return this.byVariable.has(variable);
  }
}

/**
 * Binds each plain parameter (`options`, `options = {}`, a TypeScript parameter property) to its argument; a
 * parameter after a spread argument, or when the arguments are not seen, is unknown. Destructured and rest
 * parameters stay unbound, so they are unknown too.
 */
export function bindParameters(params: readonly TSESTree.Parameter[], functionScope: Scope.Scope, args: ArgumentList | null): Bindings {
  const byVariable = new Map<Scope.Variable, BoundArgument>();
  const bindings = new Bindings(byVariable);
  const firstSpread = args ? args.nodes.findIndex((node) => node.type === 'SpreadElement') : -1;
  params.forEach((param, index) => {
    const plain = param.type === 'TSParameterProperty' ? param.parameter : param;
    const identifier = plain.type === 'Identifier' ? plain : plain.type === 'AssignmentPattern' && plain.left.type === 'Identifier' ? plain.left : null;
    const variable = identifier ? functionScope.set.get(identifier.name) : undefined;
    if (!variable) return;
    let bound: BoundArgument;
    if (!args || (firstSpread !== -1 && index >= firstSpread)) bound = { kind: 'unknown' };
    else {
      const node = args.nodes[index];
      bound = node && !isUndefined(node) ? { kind: 'node', node, place: args.place } : { kind: 'missing' };
    }
    // `options = {}`: the default stands in for an argument not passed.
    if (bound.kind === 'missing' && plain.type === 'AssignmentPattern') bound = { kind: 'node', node: plain.right, place: { scope: functionScope, bindings } };
    byVariable.set(variable, bound);
  });
  return bindings;
}

function isUndefined(node: TSESTree.Node): boolean {
  return node.type === 'Identifier' && node.name === 'undefined';
}
