import type { Node } from 'web-tree-sitter';
import type { PoolUse, Sites, TextEdit } from '../../sites';
import type { TreeSitterSourceCode } from '../tree-sitter/source-code';
import { defaultClientSite, implicitClientSite, transportSite, type ClientContext, type GoClientSite } from './client-sites';
import { readImports } from './imports';
import { findCreations, isDefaultTransport, type Creation } from './objects';
import { findPoolUses } from './pool-uses';
import { goNodes, type GoNodes } from './nodes';
import { mayImportNetHttp } from './prefilter';
import { helperServerSites, packageFunction, serverSite, type GoServerSite } from './server-sites';
import { calleeOf, outermostParenthesized, rangeOf } from './syntax';

/**
 * What the Go finder sees in one file, as plain data with text ranges: nothing here holds a tree-sitter node, so it
 * stays valid after the file's tree is deleted.
 */
export interface GoSites extends Sites {
  readonly clients: readonly GoClientSite[];
  readonly servers: readonly GoServerSite[];
  readonly implicitClients: readonly GoClientSite[];
  /** The file's name for `time` (null when it does not import it), and the edit that imports it. */
  readonly time: { readonly name: string | null; readonly addImport: TextEdit | null };
}

/** `net/http` helpers that send through `http.DefaultClient`. */
const CLIENT_HELPERS: ReadonlySet<string> = new Set(['Get', 'Head', 'Post', 'PostForm']);

const NO_SITES: GoSites = Object.freeze({
  clients: [],
  servers: [],
  implicitClients: [],
  protocolKeyed: [],
  poolUses: () => [],
  time: { name: null, addImport: null },
});

/** One pass per file, shared by every rule and by `inspect` through the SourceCode object. */
const cache = new WeakMap<object, GoSites>();

export function goSites(sourceCode: TreeSitterSourceCode): GoSites {
  let sites = cache.get(sourceCode);
  if (!sites) {
    sites = mayImportNetHttp(sourceCode.text) ? findSites(sourceCode.ast, sourceCode.text) : NO_SITES;
    cache.set(sourceCode, sites);
  }
  return sites;
}

export function findSites(root: Node, text: string): GoSites {
  const imports = readImports(root, text);
  if (imports.http.size === 0 && !imports.httpDot) return NO_SITES;
  const scope = { time: imports.time };
  const nodes = goNodes(root, text, imports);
  const creations = findCreations(nodes, imports);
  const context: ClientContext = { creations, imports, scope, text, defaultTransportChanged: changesDefaultTransport(nodes, imports) };
  const transports = new Map<Creation, GoClientSite>();
  const clients: GoClientSite[] = [];
  for (const creation of creations) {
    if (creation.type === 'Transport') {
      const site = transportSite(creation, context);
      transports.set(creation, site);
      clients.push(site);
    } else if (creation.type === 'Client') {
      const site = defaultClientSite(creation, context);
      if (site) clients.push(site);
    }
  }
  const servers = [...creations.filter((creation) => creation.type === 'Server').map((creation) => serverSite(creation, scope, text)), ...helperServerSites(nodes, imports)];
  // Computed now: the uses need the tree, which may be gone when a rule asks.
  const poolUses: readonly PoolUse[] = findPoolUses(creations, (transport) => transports.get(transport)!);
  return {
    clients: byPosition(clients),
    servers: byPosition(servers),
    implicitClients: context.defaultTransportChanged ? [] : implicitClients(nodes, imports),
    protocolKeyed: [],
    poolUses: () => poolUses,
    time: { name: imports.time, addImport: imports.addTime },
  };
}

function byPosition<T extends { range: readonly [number, number] }>(sites: T[]): T[] {
  return sites.sort((a, b) => a.range[0] - b.range[0]);
}

/** `http.Get(…)`, `http.Post(…)`, … and every `http.DefaultClient`. */
function implicitClients(nodes: GoNodes, imports: ReturnType<typeof readImports>): GoClientSite[] {
  const sites: GoClientSite[] = [];
  for (const call of nodes.of('call_expression')) {
    const callee = calleeOf(call);
    const name = packageFunction(callee, imports);
    if (name && CLIENT_HELPERS.has(name)) sites.push(implicitClientSite(callee!.text, `${callee!.text}()`, rangeOf(call), rangeOf(callee!)));
  }
  for (const selector of nodes.of('selector_expression')) {
    if (selector.childForFieldName('field')?.text !== 'DefaultClient') continue;
    const operand = selector.childForFieldName('operand');
    if (operand?.type !== 'identifier' || !imports.http.has(operand.text)) continue;
    sites.push(implicitClientSite(selector.text, selector.text, rangeOf(selector), rangeOf(selector)));
  }
  return byPosition(sites);
}

/**
 * The file changes DefaultTransport itself (`http.DefaultTransport.(*http.Transport).IdleConnTimeout = …`, or a
 * new value for it): what uses it then holds values the catalogue does not know.
 */
function changesDefaultTransport(nodes: GoNodes, imports: ReturnType<typeof readImports>): boolean {
  for (const assertion of nodes.of('type_assertion_expression')) {
    if (!isDefaultTransport(assertion.childForFieldName('operand'), imports)) continue;
    const outer = outermostParenthesized(assertion);
    const selector = outer.parent;
    const cloned = selector?.type === 'selector_expression' && selector.childForFieldName('field')?.text === 'Clone';
    if (!cloned) return true;
  }
  return nodes.of('assignment_statement').some((statement) => statement.childForFieldName('left')?.namedChildren.some((target) => isDefaultTransport(target, imports)));
}
