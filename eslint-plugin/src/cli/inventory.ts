import { isAbsolute, relative, resolve, sep } from 'node:path';
import { Linter } from 'eslint';
import { compareWithBalancers, compareWithTargets, type IdleRelation } from '../advice/compare';
import { formatDuration } from '../advice/format';
import { discover } from '../discovery';
import type { DiscoveredTimeout, Discovery, DiscoveryProblem } from '../discovery/types';
import plugin from '../index';
import { inspectSourceCode, type InspectedSite } from '../inspect';
import { discoveredTargetsOf, readTargets, type Target, type Targets } from '../targets';
import { UsageError, type CliOptions } from './args';
import { FileLinter } from './file-linter';
import { selectFiles } from './file-selection';
import { ownLanguagesReady } from './own-languages';
import { ParserLoader } from './parsers';
import { sourceKindOf } from './source-kinds';

/** One idle timeout of the repository, in code or in a config file. */
export interface InventoryRow {
  readonly file: string;
  readonly line: number;
  readonly product: string;
  /** `client`: a pool in code; `server`: a server (in code or configured); `balancer`: something that pools towards servers. */
  readonly roles: readonly ('client' | 'server' | 'balancer')[];
  /** `null`: never closes idle connections; `undefined`: not known (or keep-alive off, see `value`). */
  readonly ms: number | null | undefined;
  /** For people: `15 s`, `never`, `unknown`, `keep-alive off`, `not pooled`. */
  readonly value: string;
  readonly how: 'set' | 'default' | 'unknown';
  /** The setting as written, or where a default comes from. */
  readonly source: string;
  readonly from: 'code' | 'config';
}

/** Two ends of a connection whose idle timeouts race: a pool that outlives a server, or a server that closes before its balancer. */
export interface UnsafePair {
  readonly kind: 'pool-outlives-server' | 'server-below-balancer';
  readonly subject: InventoryRow;
  readonly other: InventoryRow;
  readonly relation: IdleRelation;
}

export interface Inventory {
  readonly root: string;
  /** The root as the user sees it: relative to the working directory when inside it. */
  readonly shownRoot: string;
  readonly rows: readonly InventoryRow[];
  readonly pairs: readonly UnsafePair[];
  readonly marginMs: number;
  /** Config files that could not be read, and code files no site finder reads yet. */
  readonly problems: readonly DiscoveryProblem[];
}

/**
 * Everything `--inventory` shows: the config files' timeouts (discovery), the code's pools and servers (the
 * plugin's `inspect`, for every language the CLI lints), and each pair that races.
 */
export async function buildInventory(options: CliOptions, cwd: string, resolveFrom: readonly string[]): Promise<Inventory> {
  if (options.paths.length > 1) throw new UsageError('--inventory takes one folder, e.g. keepalive-lint --inventory .');
  const root = resolve(cwd, options.paths[0] ?? '.');
  const discovery = await discover(root);
  const targets = readTargets({ servers: 'discovered', frontedBy: 'discovered', ...(options.marginMs !== undefined ? { marginMs: options.marginMs } : {}), ...(options.node ? { node: options.node } : {}) }, null, { discovered: discoveredTargetsOf(discovery) });
  const configRows = discovery.timeouts.map(configRow);
  const selection = selectFiles([root], { cwd: root, patternBase: root, ignorePatterns: options.ignorePatterns, defaultIgnores: options.defaultIgnores, gitignore: options.gitignore });
  await ownLanguagesReady(selection.files);
  const { rows: codeRows, sites, problems } = inspectCode(root, selection.files, resolveFrom, targets);
  const pairs = unsafePairs(sites, discovery, configRows, targets);
  const rows = [...configRows, ...codeRows].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  const pending = discovery.pending.map((file) => ({ file, message: 'not read: its parser did not load' }));
  const fromCwd = relative(cwd, root);
  const shownRoot = fromCwd === '' ? '.' : fromCwd.startsWith('..') || isAbsolute(fromCwd) ? root : fromCwd.split(sep).join('/');
  return { root, shownRoot, rows, pairs, marginMs: targets.marginMs, problems: [...discovery.problems, ...pending, ...problems] };
}

function configRow(timeout: DiscoveredTimeout): InventoryRow {
  const { idle } = timeout;
  return {
    file: timeout.file,
    line: timeout.range.start.line,
    product: timeout.product,
    roles: timeout.roles,
    ms: idle.state === 'known' ? idle.ms : undefined,
    value: idle.state === 'known' ? formatDuration(idle.ms) : idle.state === 'disabled' ? 'keep-alive off' : 'unknown',
    how: idle.state === 'unknown' ? 'unknown' : timeout.origin,
    source: timeout.origin === 'set' ? timeout.directive : `${timeout.directive}: ${timeout.source}`,
    from: 'config',
  };
}

interface CodeSite {
  readonly row: InventoryRow;
  readonly site: InspectedSite;
}

/** Every pool and server in the code the CLI lints, each file parsed once and inspected through `inspect`. */
function inspectCode(root: string, files: Iterable<string>, resolveFrom: readonly string[], targets: Targets): { rows: InventoryRow[]; sites: CodeSite[]; problems: DiscoveryProblem[] } {
  const linter = new FileLinter(new Linter({ cwd: root }), { plugins: plugin.configs.recommended.plugins, rules: {} }, new ParserLoader(resolveFrom));
  const sites: CodeSite[] = [];
  const problems: DiscoveryProblem[] = [];
  const settings = { keepalive: { servers: 'discovered', frontedBy: 'discovered', marginMs: targets.marginMs } };
  for (const file of [...files].sort()) {
    const path = relative(root, file).split(sep).join('/');
    const linted = linter.lint({ file, kind: sourceKindOf(file)!, settings: undefined, testFile: false }, (sourceCode) => {
      try {
        for (const site of inspectSourceCode(sourceCode, { filename: file, settings, cwd: root }).sites) {
          const row = codeRow(path, site);
          if (row) sites.push({ row, site });
        }
      } catch (error) {
        problems.push({ file: path, message: `not inspected: ${(error as Error).message}` });
      }
    });
    if (linted.status === 'unparsable') problems.push({ file: path, message: `not parsed: ${linted.error.message}` });
    if (linted.status === 'no-parser') problems.push({ file: path, message: 'not parsed: its parser is not installed' });
  }
  return { rows: sites.map((entry) => entry.row), sites, problems };
}

function codeRow(file: string, site: InspectedSite): InventoryRow | null {
  if (site.kind === 'client') {
    const setting = site.settings.find((candidate) => candidate.concept === 'idleTimeoutMs');
    const base = { file, line: (setting?.valueRange ?? site.range).start.line, product: site.library.id, roles: ['client'] as const, from: 'code' as const };
    if (site.pooled === false) return { ...base, ms: undefined, value: 'not pooled', how: 'set', source: `\`${site.label}\` keeps no idle socket` };
    if (!setting || setting.source === 'unknown') return { ...base, ms: undefined, value: 'unknown', how: 'unknown', source: `\`${site.label}\`` };
    const ms = typeof setting.value === 'number' ? setting.value : null;
    const source = setting.source === 'explicit' ? `\`${site.label}\` ${setting.option}` : `\`${site.label}\` default: ${setting.catalogSource ?? site.library.name}`;
    return { ...base, ms, value: formatDuration(ms), how: setting.source === 'explicit' ? 'set' : 'default', source };
  }
  const setting = site.settings.find((candidate) => candidate.concept === 'keepAliveTimeoutMs');
  const base = { file, line: (setting?.valueRange ?? site.range).start.line, product: site.framework.id, roles: ['server'] as const, from: 'code' as const };
  if (!setting || setting.source === 'unknown') return { ...base, ms: undefined, value: 'unknown', how: 'unknown', source: `\`${site.label}\`` };
  const ms = typeof setting.value === 'number' ? setting.value : null;
  const source = setting.source === 'explicit' ? `\`${site.label}\` ${setting.option}` : `\`${site.label}\` default of ${site.framework.name}`;
  return { ...base, ms, value: formatDuration(ms), how: setting.source === 'explicit' ? 'set' : 'default', source };
}

const RACING: ReadonlySet<IdleRelation> = new Set(['not-below', 'not-above', 'within-margin']);

/**
 * Pools that keep idle sockets as long as a discovered server or longer, and servers (in code, or configured as an
 * application server) that close before a discovered balancer does. Unknown values pair with nothing.
 */
function unsafePairs(sites: readonly CodeSite[], discovery: Discovery, configRows: readonly InventoryRow[], targets: Targets): UnsafePair[] {
  const rowOf = new Map<Target, InventoryRow>();
  const discovered = (list: readonly Target[]) =>
    list.filter((target) => {
      const index = discovery.timeouts.findIndex((timeout) => timeout.file === target.origin?.file && timeout.range.start.line === target.origin.line && timeout.product === target.id);
      if (index >= 0) rowOf.set(target, configRows[index]!);
      return index >= 0;
    });
  const servers = { ...targets, servers: discovered(targets.servers), frontedBy: discovered(targets.frontedBy) };
  const pairs: UnsafePair[] = [];
  for (const { row } of sites) {
    if (row.ms === undefined) continue;
    if (row.roles.includes('client')) {
      for (const comparison of compareWithTargets(row.ms, servers)) {
        if (RACING.has(comparison.relation)) pairs.push({ kind: 'pool-outlives-server', subject: row, other: rowOf.get(comparison.target)!, relation: comparison.relation });
      }
    }
  }
  const appServers = [
    ...sites.map((entry) => entry.row).filter((row) => row.roles.includes('server')),
    ...configRows.filter((row, index) => row.roles.includes('server') && discovery.timeouts[index]!.kind === 'server'),
  ];
  for (const row of appServers) {
    if (row.ms === undefined) continue;
    for (const comparison of compareWithBalancers(row.ms, servers)) {
      if (RACING.has(comparison.relation)) pairs.push({ kind: 'server-below-balancer', subject: row, other: rowOf.get(comparison.target)!, relation: comparison.relation });
    }
  }
  return pairs;
}
