import { servers } from '../catalog/servers';
import type { ServerEntry } from '../catalog/types';
import type { TextRange } from '../sites';
import { idleTimeoutFor } from '../targets/resolve-entry';
import type { TextPositions } from '../inspection/ranges';
import type { ConfigFormat, DiscoveredIdle, DiscoveredRole, DiscoveredTimeout } from './types';

const byId = new Map(servers.map((entry) => [entry.id, entry]));

/** The catalogue entry of a product discovery names; a missing id is a mistake in this plugin, not in the file. */
export function catalogueEntry(id: string): ServerEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`keepalive: discovery names ${id}, which the catalogue does not have`);
  return entry;
}

/** The file being read: its path relative to the root, its format, and its line index. */
export interface ConfigFile {
  readonly file: string;
  readonly format: ConfigFormat;
  readonly positions: TextPositions;
}

interface Found {
  readonly range: TextRange;
  readonly product: string;
  readonly roles: readonly DiscoveredRole[];
  readonly directive: string;
  readonly context: string;
  readonly note?: string;
}

/** A value written in the file: its source is the file and line. */
export function writtenTimeout(config: ConfigFile, found: Found, idle: DiscoveredIdle): DiscoveredTimeout {
  const range = config.positions.rangeOf(found.range);
  return build(config, found, idle, 'set', `${config.file}:${range.start.line}`);
}

/** A value the file leaves unset: the catalogue's default (newest version) and its source. */
export function defaultTimeout(config: ConfigFile, found: Found): DiscoveredTimeout {
  const value = idleTimeoutFor(catalogueEntry(found.product), null);
  return build(config, found, { state: 'known', ms: value.ms }, 'default', value.source);
}

function build(config: ConfigFile, found: Found, idle: DiscoveredIdle, origin: 'set' | 'default', source: string): DiscoveredTimeout {
  const entry = catalogueEntry(found.product);
  return {
    file: config.file,
    range: config.positions.rangeOf(found.range),
    format: config.format,
    product: entry.id,
    productName: entry.name,
    kind: entry.kind,
    roles: found.roles,
    idle,
    origin,
    directive: found.directive,
    context: found.context,
    source,
    ...(found.note ? { note: found.note } : {}),
  };
}

/** A parsed duration as an idle value: `undefined` (unreadable) is unknown, with what was written. */
export function idleOf(ms: number | undefined, written: string): DiscoveredIdle {
  return ms === undefined ? { state: 'unknown', why: `${JSON.stringify(written)} is not a value discovery can read` } : { state: 'known', ms };
}
