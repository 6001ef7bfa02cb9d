import { getPropertyName } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { JsModule } from './js-module';
import { forEachNode } from './node-walk';
import { bindingOf, type SubclassNode } from './subclasses';

/**
 * Whether a subclass of a pool constructor decides itself when idle sockets close: then its idle time is unknown,
 * whatever options it passes to its base. A cautious reading: any hook, listener or timer on sockets counts.
 */

/** Node's own hooks for idle sockets, and names of methods that handle them. */
const IDLE_HOOKS = new Set(['keepSocketAlive', 'reuseSocket']);
const IDLE_METHOD = /free|idle/i;
const LISTENER_METHODS = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);

function isIdleMethodName(name: string | null | undefined): boolean {
  return typeof name === 'string' && (IDLE_HOOKS.has(name) || IDLE_METHOD.test(name));
}

export function classHandlesIdle(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression, module: JsModule): boolean {
  for (const member of node.body.body) {
    if (member.type !== 'MethodDefinition' && member.type !== 'PropertyDefinition') continue;
    if (member.computed || member.key.type !== 'Identifier' || !isIdleMethodName(member.key.name)) continue;
    // A method (or a field holding a function), not a setting such as `maxFreeSockets = 10`.
    if (member.type === 'MethodDefinition' && member.kind !== 'constructor') return true;
    if (member.type === 'PropertyDefinition' && (member.value?.type === 'ArrowFunctionExpression' || member.value?.type === 'FunctionExpression')) return true;
  }
  return touchesIdleSockets(node.body, module) || prototypeHandlesIdle(node, module);
}

export function functionHandlesIdle(node: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression, module: JsModule): boolean {
  return touchesIdleSockets(node.body, module) || prototypeHandlesIdle(node, module);
}

/**
 * A `'free'` listener, or a socket timeout set outside `createConnection` (Node's own `keepSocketAlive` resets the
 * timeout of a socket that becomes free, so one set while connecting does not decide the idle time).
 */
function touchesIdleSockets(root: TSESTree.Node, module: JsModule): boolean {
  let found = false;
  forEachNode(root, module.sourceCode.visitorKeys, (inner) => {
    if (found || inner.type !== 'CallExpression' || inner.callee.type !== 'MemberExpression') return;
    const method = getPropertyName(inner.callee as never);
    const first = inner.arguments[0];
    if (method && LISTENER_METHODS.has(method) && first?.type === 'Literal' && first.value === 'free') found = true;
    else if (method === 'setTimeout' && !inCreateConnection(inner, root)) found = true;
  }, 'everything');
  return found;
}

function inCreateConnection(node: TSESTree.Node, root: TSESTree.Node): boolean {
  for (let current = node.parent; current && current !== root; current = current.parent) {
    if ((current.type === 'MethodDefinition' || current.type === 'Property') && !current.computed && current.key.type === 'Identifier') {
      return current.key.name === 'createConnection';
    }
  }
  return false;
}

/** `ApiAgent.prototype.keepSocketAlive = function …` (or a `'free'` listener in any prototype method). */
function prototypeHandlesIdle(node: SubclassNode, module: JsModule): boolean {
  const variable = bindingOf(node, module);
  for (const reference of variable?.references ?? []) {
    const prototype = reference.identifier.parent;
    if (prototype?.type !== 'MemberExpression' || getPropertyName(prototype as never) !== 'prototype') continue;
    const member = prototype.parent;
    if (member?.type !== 'MemberExpression' || member.object !== prototype) continue;
    const assignment = member.parent;
    if (assignment?.type !== 'AssignmentExpression' || assignment.left !== member) continue;
    if (isIdleMethodName(getPropertyName(member as never)) || touchesIdleSockets(assignment.right, module)) return true;
  }
  return false;
}

