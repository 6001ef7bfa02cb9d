import { join } from 'node:path';
import type { DiscoveredTimeout } from 'eslint-plugin-keepalive/inspect';

/** The fixtures: config files of each kind, written for these tests after the layouts the products ship. */
export const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'discovery', 'fixtures');

/**
 * One line per discovered timeout, as a reader checks it against the file: where (line:column-line:column, lines
 * 1-based, columns 0-based), which product, which roles, the value, set or default, and the setting as written.
 */
export function rows(timeouts: readonly DiscoveredTimeout[]): string[] {
  return timeouts.map((t) => {
    const { start, end } = t.range;
    const idle = t.idle.state === 'known' ? (t.idle.ms === null ? 'never' : `${t.idle.ms} ms`) : t.idle.state;
    return `${start.line}:${start.column}-${end.line}:${end.column} ${t.product} ${t.roles.join('+')} ${idle} ${t.origin} | ${t.directive} | ${t.context}`;
  });
}
