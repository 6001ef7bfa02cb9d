import type { IdleRelation } from '../advice/compare';
import type { ComparisonView, TimeoutReport } from './types';

/**
 * How an editor shows a timeout report: the short text after a value (an inlay hint) and the table of comparisons
 * (a hover). The keep-alive words live here, beside the findings, so every editor says the same thing.
 */

/** Marks for the comparison verdicts. */
export const RELATION_MARK: Readonly<Record<IdleRelation, string>> = {
  below: '✓',
  above: '✓',
  'within-margin': '✗',
  'not-below': '✗',
  'not-above': '✗',
  'server-keeps': '✓',
  'no-bound': '✓',
};

export const RELATION_WORDS: Readonly<Record<IdleRelation, string>> = {
  below: 'closes first',
  above: 'stays open longer',
  'within-margin': 'by less than the margin',
  'not-below': 'outlives the server',
  'not-above': 'closes before the balancer',
  'server-keeps': 'server never closes idle connections',
  'no-bound': 'balancer never closes idle connections',
};

/**
 * The short text after a value: the value, then how it compares with the other end that decides.
 * Client: `4 s · < node 5 s ✓`, `30 s ✗ ≥ node 5 s`, `idle: never closed ✗ node 5 s`, `cap: 10 min ✗ ≥ aws-alb 60 s`.
 * Server: `65 s · > aws-alb 60 s ✓`, `idle: 5 s ✗ ≤ aws-alb 60 s`.
 */
export function hintText(report: TimeoutReport): string {
  const value = `${report.source === 'default' ? `${report.shortName}: ` : ''}${report.rounded ? '≈ ' : ''}${report.value}`;
  return report.deciding ? `${value}${comparisonText(report, report.deciding)}` : value;
}

function comparisonText(report: TimeoutReport, deciding: ComparisonView): string {
  const other = `${deciding.id} ${deciding.idle}`;
  switch (deciding.relation) {
    case 'below':
      return ` · < ${other} ✓`;
    case 'above':
      return ` · > ${other} ✓`;
    case 'server-keeps':
    case 'no-bound':
      return ` · ${deciding.id} never closes ✓`;
    case 'within-margin':
      return ` ✗ ${report.side === 'client' ? '<' : '>'} ${other} by less than the margin`;
    case 'not-below':
      return report.ms === null ? ` ✗ ${other}` : ` ✗ ≥ ${other}`;
    case 'not-above':
      return ` ✗ ≤ ${other}`;
    default:
      return '';
  }
}

/**
 * How each kind of timeout's table names the other end, this end, and a comparison where the usual words do not
 * fit: a server is compared with the balancer in front; a keep-alive cap races a device's flow table, not a server;
 * a lifetime races the age at which the server ends connections.
 */
const TABLE: Readonly<Record<TimeoutReport['concept'], { other: string; self: string; words?: Partial<Record<IdleRelation, string>> }>> = {
  idleTimeoutMs: { other: 'server', self: 'this pool' },
  keepAliveCapMs: { other: 'on the way', self: 'this pool', words: { 'not-below': 'outlives the flow' } },
  maxLifetimeMs: { other: 'server', self: 'this pool', words: { below: 'ends first', 'not-below': 'outlives the age limit' } },
  keepAliveTimeoutMs: { other: 'in front', self: 'this server' },
};

/**
 * The hover of one report, in Markdown: a heading line, the comparison table (targets first, then what discovery found
 * in the repository's config files beside them, then the common ones), and what to change.
 */
export function hoverMarkdown(label: string, report: TimeoutReport): string {
  const how = report.source === 'explicit' ? `\`${report.option}\`` : `default${report.option ? ` (no \`${report.option}\`)` : ''}`;
  const { other, self, words: ownWords } = TABLE[report.concept];
  const lines = [`**${label}** ${report.name}: **${report.value}** — ${how}`, '', `| ${other} | ${report.limitName} | ${self} | source |`, '| --- | --- | --- | --- |'];
  const words = { ...RELATION_WORDS, ...ownWords };
  const targetIds = new Set(report.targets.map((target) => target.id));
  for (const target of report.targets) lines.push(row(target, 'target', words));
  for (const found of report.discovered ?? []) lines.push(row(found, 'discovered', words));
  for (const server of report.catalogue) if (!targetIds.has(server.id)) lines.push(row(server, 'common', words));
  lines.push('', report.change);
  if (report.decidedBy) lines.push('', `The value is \`${report.decidedBy}\`'s: \`${report.option}\` is unset.`);
  if (report.retry) lines.push('', report.retry);
  if (report.rule) lines.push('', `[${report.rule.id}](${report.rule.docUrl})`);
  return lines.join('\n');
}

/** `target`: named by the settings (bold); `discovered`: found in a config file, not named by the settings; `common`: the catalogue's. */
type RowKind = 'target' | 'discovered' | 'common';

function row(server: ComparisonView, kind: RowKind, words: Readonly<Record<IdleRelation, string>>): string {
  const versions = server.versions ? ` (${cell(server.versions)})` : '';
  const name =
    kind === 'target'
      ? `**${cell(server.name)}**${server.assumed ? '' : server.origin ? ' (discovered)' : ' (configured)'}`
      : kind === 'discovered'
        ? `${cell(server.name)} (discovered, not in the settings)`
        : `${cell(server.name)}${versions}`;
  const label = cell(server.origin ? `${server.origin.file}:${server.origin.line} ${server.origin.directive}` : shortSource(server.source));
  const link = server.origin?.uri ?? server.sourceUrl;
  const source = link ? `[${label}](${link})` : label;
  return `| ${name} | ${server.idle} | ${RELATION_MARK[server.relation]} ${words[server.relation]} | ${source} |`;
}

/** A short label for a source: a documentation site's host, or `owner/repo:path[:lines]`. */
function shortSource(source: string): string {
  const first = source.split(/\s/)[0] ?? source;
  try {
    return /^https?:/.test(first) ? new URL(first).host : first;
  } catch {
    return first;
  }
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/([[\]])/g, '\\$1');
}
