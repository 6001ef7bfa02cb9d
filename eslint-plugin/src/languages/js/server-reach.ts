import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import { serverProperties } from '../../catalog/server-frameworks';
import type { ServerConcept, ServerHandle } from '../../catalog/types';
import { resolveValue, UNKNOWN, type StaticValue } from './static-values';

/**
 * Where a created server goes: into a variable (whose property assignments set its timeouts), nowhere (an
 * expression statement), or somewhere this file cannot follow (passed, returned, exported), where other code
 * may set its timeouts.
 */
export interface ServerReach {
  /** The variable holding the server, or the app that holds it (`fastify()`, hapi), when it is kept in one. */
  readonly binding: { readonly name: string; readonly variable: Scope.Variable } | null;
  /** The statement that creates it, when another statement can follow it (for inserting assignments). */
  readonly statement: TSESTree.Statement | null;
  /** `app.listen(3000);`: the server is made and dropped; a suggestion may keep it in a variable. */
  readonly unboundStatement: TSESTree.ExpressionStatement | null;
  /** Code elsewhere may set the server's timeouts: a default cannot be trusted. */
  readonly escapes: boolean;
  /** `server.keepAliveTimeout = …` on this binding, anywhere in the file. */
  readonly assignments: readonly ServerAssignment[];
}

export interface ServerAssignment {
  readonly concept: ServerConcept;
  /** The server property as written (`keepAliveTimeout`). */
  readonly property: string;
  readonly node: TSESTree.AssignmentExpression | TSESTree.UpdateExpression;
  /** Unknown for `+=`, `++` and values that cannot be seen. */
  readonly value: StaticValue;
}

/** Block-like parents after whose statements another statement can be inserted. */
const STATEMENT_LISTS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'TSModuleBlock', 'SwitchCase']);
const TS_WRAPPERS = new Set(['TSAsExpression', 'TSNonNullExpression', 'TSSatisfiesExpression', 'TSTypeAssertion']);

/**
 * Follows the expression that yields the server (or its app) to where it is kept.
 * @param chainsListen `http.createServer(h).listen(port)` returns the server itself.
 */
export function reachOf(expression: TSESTree.Node, handle: ServerHandle, chainsListen: boolean, sourceCode: Readonly<TSESLint.SourceCode>): ServerReach {
  let value = expression;
  while (chainsListen && isMethodCallOn(value, 'listen')) value = value.parent!.parent!;
  value = outermostWrapper(value);
  const parent = value.parent;
  if (parent?.type === 'VariableDeclarator' && parent.init === value && parent.id.type === 'Identifier') {
    return boundReach(parent, handle, sourceCode);
  }
  if (parent?.type === 'ExpressionStatement') {
    const standalone = STATEMENT_LISTS.has(parent.parent?.type ?? '');
    return { binding: null, statement: standalone ? parent : null, unboundStatement: standalone ? parent : null, escapes: false, assignments: [] };
  }
  // `app.listen(3000).on('error', log);`: used in place, the result dropped.
  const droppedCall = parent?.type === 'MemberExpression' && parent.object === value && parent.parent?.type === 'CallExpression' && parent.parent.parent?.type === 'ExpressionStatement';
  return { binding: null, statement: null, unboundStatement: null, escapes: !droppedCall, assignments: [] };
}

function boundReach(declarator: TSESTree.VariableDeclarator, handle: ServerHandle, sourceCode: Readonly<TSESLint.SourceCode>): ServerReach {
  const name = (declarator.id as TSESTree.Identifier).name;
  const variable = sourceCode.getDeclaredVariables(declarator).find((v) => v.name === name);
  const declaration = declarator.parent as TSESTree.VariableDeclaration;
  const container = declaration.parent;
  const exported = container?.type === 'ExportNamedDeclaration';
  const statement = exported ? container : STATEMENT_LISTS.has(container?.type ?? '') ? declaration : null;
  if (!variable || variable.defs.length !== 1) return { binding: null, statement, unboundStatement: null, escapes: true, assignments: [] };
  const reassigned = variable.references.some((reference) => reference.isWrite() && !reference.init);
  const uses = serverUses(variable, handle, sourceCode);
  return {
    binding: reassigned ? null : { name, variable },
    statement,
    unboundStatement: null,
    escapes: exported || reassigned || uses.escapes,
    assignments: reassigned ? [] : uses.assignments,
  };
}

/**
 * Reads of the binding: property access and method calls keep the server here; anything else (an argument,
 * a return value, an export, a copy) lets other code reach it.
 */
function serverUses(
  variable: Scope.Variable,
  handle: ServerHandle,
  sourceCode: Readonly<TSESLint.SourceCode>,
): { escapes: boolean; assignments: ServerAssignment[] } {
  const assignments: ServerAssignment[] = [];
  let escapes = false;
  for (const reference of variable.references) {
    if (reference.init || reference.isWrite()) continue;
    const read = outermostWrapper(reference.identifier as TSESTree.Node);
    const member = memberOn(read);
    if (!member || (handle.kind !== 'property' && returnsServer(member))) {
      escapes = true;
      continue;
    }
    if (handle.kind !== 'property') {
      collectAssignment(member, assignments, sourceCode);
      continue;
    }
    if (propertyName(member) !== handle.property) continue;
    // `app.server` itself: its own properties are the server's; any other use hands the server out.
    const inner = memberOn(outermostWrapper(member));
    if (inner) collectAssignment(inner, assignments, sourceCode);
    else if (!isAssignmentTarget(member)) escapes = true;
  }
  return { escapes, assignments };
}

/** Methods of a Node.js server that return the server itself (net.Server, EventEmitter). */
const CHAINING_METHODS = new Set(['listen', 'close', 'on', 'once', 'off', 'addListener', 'prependListener', 'prependOnceListener', 'removeListener', 'removeAllListeners', 'setMaxListeners', 'setTimeout', 'ref', 'unref']);

/** `return server.listen(3000)`: a chaining call whose result is kept hands the server out. */
function returnsServer(member: TSESTree.MemberExpression): boolean {
  const call = member.parent;
  if (call?.type !== 'CallExpression' || call.callee !== member) return false;
  const name = propertyName(member);
  return name !== undefined && CHAINING_METHODS.has(name) && call.parent?.type !== 'ExpressionStatement';
}

function collectAssignment(member: TSESTree.MemberExpression, into: ServerAssignment[], sourceCode: Readonly<TSESLint.SourceCode>): void {
  const property = propertyName(member);
  const concept = property === undefined ? undefined : serverProperties[property];
  if (!concept || property === undefined) return;
  const parent = member.parent;
  if (parent?.type === 'AssignmentExpression' && parent.left === member) {
    const value = parent.operator === '=' ? resolveValue(parent.right, sourceCode.getScope(parent) as Scope.Scope) : UNKNOWN;
    into.push({ concept, property, node: parent, value });
  } else if (parent?.type === 'UpdateExpression') {
    into.push({ concept, property, node: parent, value: UNKNOWN });
  }
}

/** The MemberExpression `node.x` when `node` is its object. */
function memberOn(node: TSESTree.Node): TSESTree.MemberExpression | null {
  const parent = node.parent;
  return parent?.type === 'MemberExpression' && parent.object === node ? parent : null;
}

function isMethodCallOn(node: TSESTree.Node, method: string): boolean {
  const member = memberOn(node);
  return member !== null && propertyName(member) === method && member.parent?.type === 'CallExpression' && member.parent.callee === member;
}

function isAssignmentTarget(node: TSESTree.Node): boolean {
  return node.parent?.type === 'AssignmentExpression' && node.parent.left === node;
}

export function propertyName(member: TSESTree.MemberExpression): string | undefined {
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  if (member.computed && member.property.type === 'Literal' && typeof member.property.value === 'string') return member.property.value;
  return undefined;
}

/** `(server as Server)!`: the outermost TS wrapper around a value, which is what its parent sees. */
function outermostWrapper(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && TS_WRAPPERS.has(current.parent.type) && (current.parent as TSESTree.TSAsExpression).expression === current) {
    current = current.parent;
  }
  return current;
}
