import type { Node } from 'web-tree-sitter';
import type { ClientSite, PoolUse } from '../../sites';
import { literalElements } from './fields';
import { creationOf, type Creation, type Use } from './objects';
import { enclosingFunction, outermostParenthesized } from './syntax';

/** Methods that send a request: a client's, and the transport's own `RoundTrip`. */
const CLIENT_REQUESTS: ReadonlySet<string> = new Set(['Do', 'Get', 'Head', 'Post', 'PostForm']);
const TRANSPORT_REQUESTS: ReadonlySet<string> = new Set(['RoundTrip']);
/** Functions Go runs once per program: a pool built there is built once. */
const RUN_ONCE: ReadonlySet<string> = new Set(['main', 'init']);

/**
 * Transports built inside a function (or a loop in it) and used only by requests of that same function: every call
 * (or iteration) builds a pool, sends through it, and leaves it with its idle connections. A transport or client
 * that is returned, stored, given to another function, used in a closure or closed (`CloseIdleConnections`) is not
 * confined, and not reported.
 */
export function findPoolUses(creations: readonly Creation[], siteOf: (transport: Creation) => ClientSite): PoolUse[] {
  const uses: PoolUse[] = [];
  for (const transport of creations) {
    if (transport.type !== 'Transport') continue;
    const fn = enclosingFunction(transport.node);
    if (!fn) continue;
    const clients = creations.filter((client) => client.type === 'Client' && transportOf(client, creations) === transport);
    const requests: { label: string; inline: boolean }[] = [];
    let confined = !transport.escapes && ownUsesConfined(transport, clients, requests, TRANSPORT_REQUESTS);
    if (!transport.binding && !clients.some((client) => isElementOf(transport, client))) confined = false;
    for (const client of clients) {
      if (client.escapes || enclosingFunction(client.node)?.id !== fn.id) confined = false;
      else if (!ownUsesConfined(client, [], requests, CLIENT_REQUESTS)) confined = false;
    }
    if (requests.length === 0) continue;
    uses.push({
      pool: siteOf(transport),
      request: requests[0]!.label,
      via: requests[0]!.inline ? 'inline' : 'local',
      repeats: repeats(transport.node, fn),
      functionName: functionName(fn),
      confined,
    });
  }
  return uses;
}

/** The transport a client sends through, when the file shows it: `Transport: &http.Transport{…}` or `Transport: t`. */
function transportOf(client: Creation, creations: readonly Creation[]): Creation | undefined {
  const element = literalElements(client.literal).get('Transport');
  const written = client.binding?.uses.find((use): use is Extract<Use, { kind: 'write' }> & { identifier: Node } => use.kind === 'write' && use.field === 'Transport' && use.sure);
  const value = written?.value ?? element?.value;
  return value ? creationOf(value, creations) : undefined;
}

function isElementOf(transport: Creation, client: Creation): boolean {
  const element = literalElements(client.literal).get('Transport');
  return !!element && outermostParenthesized(transport.node).startIndex >= element.value.startIndex && transport.node.endIndex <= element.value.endIndex;
}

/**
 * Every use of the value stays in its function: calls (requests among them, collected), field reads and writes, and
 * being put in one of `clients`. An unbound client counts when it is the receiver of its request.
 */
function ownUsesConfined(value: Creation, clients: readonly Creation[], requests: { label: string; inline: boolean }[], requestMethods: ReadonlySet<string>): boolean {
  if (!value.binding) {
    const call = receiverCall(value.node);
    if (call && requestMethods.has(call.method)) requests.push({ label: `${value.typeNode.text}.${call.method}`, inline: true });
    return value.type === 'Transport' || call !== null;
  }
  let confined = true;
  for (const use of value.binding.uses) {
    if ('captured' in use && use.captured) confined = false;
    switch (use.kind) {
      case 'escape':
        confined = false;
        break;
      case 'call':
        if (use.method === 'CloseIdleConnections') confined = false;
        if (requestMethods.has(use.method)) requests.push({ label: `${value.binding.name}.${use.method}`, inline: false });
        break;
      case 'passed':
        if (!use.element || !clients.some((client) => client.literal && use.node.startIndex >= client.literal.startIndex && use.node.endIndex <= client.literal.endIndex)) confined = false;
        break;
      default:
        break;
    }
  }
  return confined;
}

/** `(&http.Client{…}).Get(url)`: the method called directly on the built value. */
function receiverCall(node: Node): { method: string } | null {
  const outer = outermostParenthesized(node);
  const selector = outer.parent;
  if (selector?.type !== 'selector_expression' || selector.childForFieldName('operand')?.id !== outer.id) return null;
  const call = selector.parent;
  if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== selector.id) return null;
  return { method: selector.childForFieldName('field')?.text ?? '' };
}

function repeats(node: Node, fn: Node): PoolUse['repeats'] {
  for (let current = node.parent; current && current.id !== fn.id; current = current.parent) if (current.type === 'for_statement') return 'iteration';
  return fn.type === 'function_declaration' && RUN_ONCE.has(fn.childForFieldName('name')?.text ?? '') ? 'once' : 'call';
}

function functionName(fn: Node): string | null {
  return fn.type === 'func_literal' ? null : (fn.childForFieldName('name')?.text ?? null);
}
