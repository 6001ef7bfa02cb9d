import { servers } from './catalog/servers';
import type { ServerEntry, ServerKind } from './catalog/types';
import { formatDuration } from './advice/format';
import { sourceLink } from './inspection/source-link';

const SECTIONS: ReadonlyArray<{ kind: ServerKind; title: string }> = [
  { kind: 'server', title: 'Origin servers and frameworks' },
  { kind: 'proxy', title: 'Proxies' },
  { kind: 'load-balancer', title: 'HTTP load balancers and CDNs' },
  { kind: 'l4', title: 'L4 balancers and NAT (idle flows are dropped silently)' },
];

/** The server catalogue as a Markdown document: one table per kind, every number with its source. */
export function catalogMarkdown(): string {
  const lines = [
    '# Known server defaults',
    '',
    'How long each server keeps an idle keep-alive connection open by default. A client pool must close its idle sockets',
    'before the server does (its idle timeout minus a margin); a server behind a balancer must keep them longer than the',
    'balancer. Use the ids in `settings.keepalive.servers` / `frontedBy` of the ESLint config, or in the `keepalive.servers` /',
    '`keepalive.frontedBy` settings; `id@version` picks a version (`node@20`).',
  ];
  for (const section of SECTIONS) {
    const entries = servers.filter((entry) => entry.kind === section.kind);
    if (entries.length > 0) lines.push('', `## ${section.title}`, '', ...table(entries), ...notes(entries));
  }
  return `${lines.join('\n')}\n`;
}

function table(entries: readonly ServerEntry[]): string[] {
  const rows = ['| id | name | setting | idle timeout | versions | source |', '| --- | --- | --- | --- | --- | --- |'];
  for (const entry of entries) {
    for (const [index, value] of entry.idleTimeout.entries()) {
      const first = index === 0;
      const cells = [
        first ? `\`${entry.id}\`` : '',
        first ? cell(entry.name) : '',
        first ? cell(entry.setting) : '',
        formatDuration(value.ms),
        cell(value.versions),
        sourceCell(value.source),
      ];
      rows.push(`| ${cells.join(' | ')} |`);
    }
  }
  return rows;
}

function notes(entries: readonly ServerEntry[]): string[] {
  const withNotes = entries.filter((entry) => entry.note);
  return withNotes.length === 0 ? [] : ['', ...withNotes.map((entry) => `- \`${entry.id}\`: ${entry.note}`)];
}

function sourceCell(source: string): string {
  const url = sourceLink(source);
  return url ? `[${cell(source)}](${url})` : cell(source);
}

/** Text safe inside a table cell and a link label. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([[\]])/g, '\\$1').replace(/\n/g, ' ');
}
