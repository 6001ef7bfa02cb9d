import type { Node } from 'web-tree-sitter';
import { okhttp } from '../../catalog/java-clients';
import type { Setting } from '../../sites';
import { configure } from './chains';
import { afterExpression, beforeCall } from './edit-points';
import type { JavaFile } from './java-file';
import { OKHTTP_CONNECTION_POOL } from './known-classes';
import { settingsOf, type IdleFix, type JavaClientSite } from './site-model';
import { argumentsOf, methodName, rangeOf, unwrap } from './syntax';

const CLIENT = 'okhttp3.OkHttpClient';
const BUILDER = 'okhttp3.OkHttpClient.Builder';

/**
 * OkHttp pools: a `ConnectionPool` the code builds (its keep-alive duration is exact: the cleanup runs at the next
 * expiry), and clients that get the default pool (5 minutes): `new OkHttpClient()`, or a builder given no pool.
 */
export function okhttpSites(file: JavaFile, creations: readonly Node[]): JavaClientSite[] {
  const sites: JavaClientSite[] = [];
  for (const creation of creations) {
    const type = creation.childForFieldName('type');
    if (!type || creation.namedChildren.some((child) => child.type === 'class_body')) continue;
    const className = file.imports.classOf(type);
    if (className === OKHTTP_CONNECTION_POOL) sites.push(poolSite(file, creation));
    else if (className === CLIENT && argumentsOf(creation).length === 0) sites.push(defaultPoolSite(file, creation, 'new OkHttpClient()', 'new OkHttpClient()', { kind: 'client-with-pool', range: rangeOf(creation) }));
    else if (className === BUILDER && argumentsOf(creation).length === 0) {
      const site = builderSite(file, creation);
      if (site) sites.push(site);
    }
  }
  return sites;
}

function poolSite(file: JavaFile, creation: Node): JavaClientSite {
  const args = argumentsOf(creation);
  const given: Partial<Record<'idleTimeoutMs' | 'maxFreeSockets', Setting>> = {};
  let fix: IdleFix | null = null;
  if (args.length >= 3) {
    const [count, duration, unit] = args;
    const ms = file.values.pairMs(duration!, unit!);
    const valueRange = [duration!.startIndex, unit!.endIndex] as const;
    const text = file.text.slice(valueRange[0], valueRange[1]);
    given.idleTimeoutMs = ms === undefined ? { source: 'unknown', option: 'keepAliveDuration' } : { source: 'explicit', value: ms, option: 'keepAliveDuration', range: valueRange, valueRange, text };
    const idle = file.values.number(count!);
    if (idle !== undefined) given.maxFreeSockets = { source: 'explicit', value: idle, option: 'maxIdleConnections', range: rangeOf(count!), valueRange: rangeOf(count!), text: count!.text };
    fix = { kind: 'pool-duration', range: valueRange, withCount: false };
  } else if (args.length > 0) {
    given.idleTimeoutMs = { source: 'unknown', option: 'keepAliveDuration' };
  }
  const written = args.length === 0 ? 'new ConnectionPool()' : 'new ConnectionPool(…)';
  return {
    kind: 'client',
    library: okhttp,
    constructor: {},
    label: 'OkHttp ConnectionPool',
    written,
    range: rangeOf(creation),
    calleeRange: [creation.startIndex, creation.childForFieldName('type')!.endIndex],
    options: null,
    settings: settingsOf(okhttp, given),
    language: 'java',
    fix: fix ?? (args.length === 0 ? emptyArguments(creation) : null),
  };
}

/**
 * `new OkHttpClient.Builder()…build()` without `connectionPool(…)`: the default pool. One given a pool is not a site
 * of its own (the pool's construction is, when the file shows it).
 */
function builderSite(file: JavaFile, creation: Node): JavaClientSite | null {
  const configured = configure(creation, 'build');
  if (configured.calls.some((call) => methodName(call) === 'connectionPool') || configured.open) return null;
  const where = configured.build ? beforeCall(file.text, configured.build) : afterExpression(file.text, configured.expression);
  const written = configured.build ? 'new OkHttpClient.Builder()…build()' : 'new OkHttpClient.Builder()';
  const site = defaultPoolSite(file, creation, written, 'OkHttpClient.Builder', { kind: 'insert-pool', where });
  const end = unwrap(configured.build ?? configured.expression);
  return { ...site, range: [creation.startIndex, end.endIndex] };
}

function defaultPoolSite(_file: JavaFile, creation: Node, written: string, label: string, fix: IdleFix): JavaClientSite {
  return {
    kind: 'client',
    library: okhttp,
    constructor: {},
    label,
    written,
    range: rangeOf(creation),
    calleeRange: [creation.startIndex, creation.childForFieldName('type')!.endIndex],
    options: null,
    settings: settingsOf(okhttp, {}),
    language: 'java',
    fix,
  };
}

/** `new ConnectionPool()`: the inside of its empty argument list. */
function emptyArguments(creation: Node): IdleFix | null {
  const list = creation.childForFieldName('arguments');
  return list ? { kind: 'pool-duration', range: [list.startIndex + 1, list.endIndex - 1], withCount: true } : null;
}
