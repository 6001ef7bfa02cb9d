import type { Node } from 'web-tree-sitter';
import type { PoolUse } from '../../sites';
import { bindingOf } from './scope';
import { repetition } from './run-count';
import type { JavaClientSite } from './site-model';
import { methodName, outermost, receiverOf, same } from './syntax';

/** Calls on a client that neither send a request nor end its pool. */
const NEUTRAL_CALLS: ReadonlySet<string> = new Set(['start']);

/**
 * Clients built where a request needs them and used only there: on every call of the method (or iteration of a loop),
 * a new pool whose idle connections nobody reuses and nobody closes. A client that is closed (`close()`, a
 * try-with-resources), returned, stored or passed on is not one.
 */
export function poolUsesOf(root: Node, sites: readonly JavaClientSite[]): PoolUse[] {
  const uses: PoolUse[] = [];
  for (const site of sites) {
    const node = root.namedDescendantForIndex(site.range[0], site.range[1]);
    if (!node) continue;
    const { repeats, functionName } = repetition(node);
    if (repeats === 'once') continue;
    const use = useOf(outermost(node), site);
    if (use) uses.push({ pool: site, request: use.request, via: use.via, repeats, functionName, confined: true });
  }
  return uses;
}

function useOf(expression: Node, site: JavaClientSite): { request: string; via: 'inline' | 'local' } | null {
  const parent = expression.parent;
  if (parent?.type === 'method_invocation' && same(parent.childForFieldName('object'), expression)) {
    const name = methodName(parent)!;
    return site.library.requestMethods.includes(name) ? { request: name, via: 'inline' } : null;
  }
  if (parent?.type !== 'variable_declarator' || parent.parent?.type !== 'local_variable_declaration') return null;
  const declarator = parent;
  const name = declarator.childForFieldName('name')!.text;
  const block = declarator.parent?.parent;
  if (!block) return null;
  let request: string | null = null;
  for (const identifier of block.descendantsOfType('identifier')) {
    if (identifier.text !== name || identifier.startIndex < declarator.endIndex) continue;
    const binding = bindingOf(identifier);
    if (binding.kind === 'unknown' || binding.declarator.id !== declarator.id) continue;
    const use = outermost(identifier);
    const call = use.parent;
    if (call?.type !== 'method_invocation' || !same(receiverOf(call), use)) return null;
    const method = methodName(call)!;
    if (site.library.requestMethods.includes(method)) request ??= `${name}.${method}`;
    else if (!NEUTRAL_CALLS.has(method)) return null;
  }
  return request ? { request, via: 'local' } : null;
}

/** Calls that end a client's pool. */
const CLOSING_CALLS: ReadonlySet<string> = new Set(['close', 'shutdown', 'stop', 'dispose']);

/**
 * A client that a repeating method builds and closes before it returns (a try-with-resources resource, or `close()`
 * on its local): its pool lives for one call, so no connection of it waits idle until a server closes it.
 */
export function closedByItsCall(root: Node, site: JavaClientSite): boolean {
  const node = root.namedDescendantForIndex(site.range[0], site.range[1]);
  if (!node || repetition(node).repeats === 'once') return false;
  const parent = outermost(node).parent;
  if (parent?.type === 'resource') return true;
  if (parent?.type !== 'variable_declarator' || parent.parent?.type !== 'local_variable_declaration') return false;
  const name = parent.childForFieldName('name')!.text;
  const block = parent.parent.parent;
  return !!block && block.descendantsOfType('method_invocation').some((call) => {
    const receiver = receiverOf(call);
    if (receiver?.type !== 'identifier' || receiver.text !== name || !CLOSING_CALLS.has(methodName(call) ?? '')) return false;
    const binding = bindingOf(receiver);
    return binding.kind !== 'unknown' && binding.declarator.id === parent.id;
  });
}
