import type { ComparisonView, IdleRelation, Inspection, TimeoutReport } from 'eslint-plugin-keepalive/inspect';
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RELATION_MARK, RELATION_WORDS } from './comparison-text';

/**
 * The hover on a timeout value, or on the constructor of a pool whose timeout is a default. Two defaults of one
 * pool (its idle timeout and its keep-alive cap) share the constructor: one hover shows both, in turn.
 */
export function hoverAt(inspection: Inspection, document: TextDocument, offset: number): Hover | null {
  for (const site of inspection.sites) {
    const reports = site.timeouts.filter(({ hoverRange: { start, end } }) => offset >= start.offset && offset <= end.offset);
    const first = reports[0];
    if (!first) continue;
    const { start, end } = first.hoverRange;
    return {
      contents: { kind: MarkupKind.Markdown, value: reports.map((report) => hoverMarkdown(site.label, report)).join('\n\n---\n\n') },
      range: { start: document.positionAt(start.offset), end: document.positionAt(end.offset) },
    };
  }
  return null;
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

/** A heading line, the comparison table (targets first, then the common ones), and what to change. */
export function hoverMarkdown(label: string, report: TimeoutReport): string {
  const how = report.source === 'explicit' ? `\`${report.option}\`` : `default${report.option ? ` (no \`${report.option}\`)` : ''}`;
  const { other, self, words: ownWords } = TABLE[report.concept];
  const lines = [`**${label}** ${report.name}: **${report.value}** — ${how}`, '', `| ${other} | ${report.limitName} | ${self} | source |`, '| --- | --- | --- | --- |'];
  const words = { ...RELATION_WORDS, ...ownWords };
  const targetIds = new Set(report.targets.map((target) => target.id));
  for (const target of report.targets) lines.push(row(target, true, words));
  for (const server of report.catalogue) if (!targetIds.has(server.id)) lines.push(row(server, false, words));
  lines.push('', report.change);
  if (report.rule) lines.push('', `[${report.rule.id}](${report.rule.docUrl})`);
  return lines.join('\n');
}

function row(server: ComparisonView, isTarget: boolean, words: Readonly<Record<IdleRelation, string>>): string {
  const versions = server.versions ? ` (${cell(server.versions)})` : '';
  const name = isTarget ? `**${cell(server.name)}**${server.assumed ? '' : ' (configured)'}` : `${cell(server.name)}${versions}`;
  const label = cell(shortSource(server.source));
  const source = server.sourceUrl ? `[${label}](${server.sourceUrl})` : label;
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
