import { ASSUMED_SERVER, type ServerAssumption } from '../catalog/common';
import { servers as catalogue } from '../catalog/servers';
import type { ServerEntry, ServerKind } from '../catalog/types';
import { closestIds } from './closest-ids';
import { DISCOVERED, SERVER_KINDS, SETTING_KEYS } from './schema';
import { idleTimeoutFor, isValidRange } from './resolve-entry';
import type { KeepaliveSettings, Target, Targets } from './types';

/** The targets the workspace's config files configure, for `'discovered'`: servers the code's clients talk to, balancers in front of its servers. */
export interface DiscoveredTargets {
  readonly servers: readonly Target[];
  readonly balancers: readonly Target[];
}

export const DEFAULT_MARGIN_MS = 1000;
const KNOWN_KEYS: readonly string[] = SETTING_KEYS;
const KINDS: readonly ServerKind[] = SERVER_KINDS;
const byId = new Map(catalogue.map((entry) => [entry.id, entry]));
const knownIds = catalogue.map((entry) => entry.id);

/** Unset servers: the catalogue's assumed server (see `ASSUMED_SERVER`), so the advice is safe whatever the code talks to. */
export function assumedServer(assumption: ServerAssumption = ASSUMED_SERVER): Target {
  const entry = byId.get(assumption.id)!;
  return { ...fromEntry(entry, assumption.versions), name: assumption.name, assumed: true };
}

/**
 * Reads `settings.keepalive` into targets. Malformed parts are left out and described in `problems`, so a
 * typo is reported clearly instead of crashing or silently meaning something else.
 * @param engineNode `engines.node` of the nearest package.json, used when `settings.keepalive.node` is unset.
 * @param found what was read beside the settings: the versions the `go` line of the nearest go.mod allows (`>=1.21`),
 * used when `settings.keepalive.go` is unset, and what `'discovered'` stands for (without it, nothing).
 */
export function readTargets(raw: unknown, engineNode: string | null, found: { readonly goMod?: string | null; readonly discovered?: DiscoveredTargets } = {}): Targets {
  const { goMod = null, discovered } = found;
  const problems: string[] = [];
  const settings = readObject(raw, problems);
  const node = readNodeRange(settings.node, engineNode, problems);
  const servers = readList(settings.servers, 'servers', node, problems, discovered?.servers ?? []);
  const frontedBy = readList(settings.frontedBy, 'frontedBy', node, problems, discovered?.balancers ?? []);
  return {
    servers: servers.length > 0 ? servers : [assumedServer()],
    frontedBy,
    marginMs: readMargin(settings.marginMs, problems),
    node,
    java: readVersion(settings.java, 'java', 'a Java release or range such as "17" or ">=21"', problems),
    go: readVersion(settings.go, 'go', 'a Go version or range such as "1.19" or ">=1.21"', problems) ?? (goMod && isValidRange(goMod) ? goMod : null),
    problems,
  };
}

function readObject(raw: unknown, problems: string[]): KeepaliveSettings {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    problems.push(`settings.keepalive must be an object like { servers: ['nginx'] }, got ${describe(raw)}.`);
    return {};
  }
  for (const key of Object.keys(raw)) {
    if (!KNOWN_KEYS.includes(key)) {
      problems.push(`settings.keepalive.${key} is not a known setting (known: ${KNOWN_KEYS.join(', ')}).`);
    }
  }
  return raw as KeepaliveSettings;
}

function readNodeRange(value: unknown, engineNode: string | null, problems: string[]): string | null {
  if (value === undefined) return engineNode && isValidRange(engineNode) ? engineNode : null;
  if (typeof value === 'string' && isValidRange(value)) return value;
  problems.push(`settings.keepalive.node must be a Node.js version or range such as "20", ">=20.10" or "^22 || ^24", got ${describe(value)}.`);
  return engineNode && isValidRange(engineNode) ? engineNode : null;
}

/** A product version or range the advice depends on; a malformed one is left out (the advice then names every version). */
function readVersion(value: unknown, key: 'java' | 'go', example: string, problems: string[]): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string' && isValidRange(value)) return value;
  problems.push(`settings.keepalive.${key} must be ${example}, got ${describe(value)}.`);
  return null;
}

function readMargin(value: unknown, problems: string[]): number {
  if (value === undefined) return DEFAULT_MARGIN_MS;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return value;
  problems.push(`settings.keepalive.marginMs must be a number of milliseconds ≥ 0, got ${describe(value)}; using ${DEFAULT_MARGIN_MS}.`);
  return DEFAULT_MARGIN_MS;
}

function readList(value: unknown, key: 'servers' | 'frontedBy', node: string | null, problems: string[], discovered: readonly Target[]): Target[] {
  if (value === undefined) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) {
    problems.push(`settings.keepalive.${key} must be an array such as ['nginx', { name: 'billing-api', idleTimeoutMs: 3000 }], got ${describe(value)}.`);
    return [];
  }
  const targets: Target[] = [];
  list.forEach((item, index) => {
    const where = `settings.keepalive.${key}[${index}]`;
    if (item === DISCOVERED) {
      targets.push(...discovered);
      return;
    }
    const target = typeof item === 'string' ? readId(item, where, node, problems) : readCustom(item, where, problems);
    if (target) targets.push(target);
  });
  return targets;
}

/** `'nginx'`, or `'puma@6'` for a product version whose default differs. */
function readId(text: string, where: string, node: string | null, problems: string[]): Target | null {
  const [id = '', version] = text.trim().split('@');
  const entry = byId.get(id.toLowerCase());
  if (!entry) {
    problems.push(`${where}: unknown server id ${JSON.stringify(text)}. Did you mean ${closestIds(id, knownIds).map((c) => `'${c}'`).join(', ')}? (Or describe it: { name: '${id || 'my-api'}', idleTimeoutMs: 5000 }, or use '${DISCOVERED}' for the servers in the workspace's config files.)`);
    return null;
  }
  if (version !== undefined && !isValidRange(version)) {
    problems.push(`${where}: ${JSON.stringify(version)} is not a version or range of ${entry.name}.`);
    return null;
  }
  // Node's own version is the project's when not given: the same team usually runs both on one Node line.
  const versions = version ?? (entry.id === 'node' ? node : null);
  return fromEntry(entry, versions);
}

function fromEntry(entry: ServerEntry, versions: string | null): Target {
  const value = idleTimeoutFor(entry, versions);
  return { id: entry.id, name: entry.name, kind: entry.kind, idleTimeoutMs: value.ms, source: value.source, closes: entry.closes, assumed: false };
}

/** `{ name: 'billing-api', idleTimeoutMs: 3000, kind?: 'l4', maxConnectionAgeMs?: 600000 }`. */
function readCustom(item: unknown, where: string, problems: string[]): Target | null {
  const example = `{ name: 'billing-api', idleTimeoutMs: 3000 }`;
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    problems.push(`${where} must be a server id such as 'nginx' or an object like ${example}, got ${describe(item)}.`);
    return null;
  }
  const { name, idleTimeoutMs, kind, maxConnectionAgeMs } = item as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') {
    problems.push(`${where}.name must be a non-empty string, got ${describe(name)}.`);
    return null;
  }
  if (idleTimeoutMs !== null && !(typeof idleTimeoutMs === 'number' && Number.isFinite(idleTimeoutMs) && idleTimeoutMs > 0)) {
    problems.push(`${where}.idleTimeoutMs must be a positive number of milliseconds (or null for "never closes"), got ${describe(idleTimeoutMs)}.`);
    return null;
  }
  if (kind !== undefined && !KINDS.includes(kind as ServerKind)) {
    problems.push(`${where}.kind must be one of ${KINDS.join(', ')}, got ${describe(kind)}.`);
    return null;
  }
  if (maxConnectionAgeMs !== undefined && !(typeof maxConnectionAgeMs === 'number' && Number.isFinite(maxConnectionAgeMs) && maxConnectionAgeMs > 0)) {
    problems.push(`${where}.maxConnectionAgeMs must be a positive number of milliseconds, got ${describe(maxConnectionAgeMs)}.`);
    return null;
  }
  const resolvedKind = (kind as ServerKind | undefined) ?? 'server';
  return {
    id: name,
    name,
    kind: resolvedKind,
    idleTimeoutMs,
    source: 'settings.keepalive',
    closes: resolvedKind === 'l4' ? 'silent-drop' : 'fin',
    assumed: false,
    ...(typeof maxConnectionAgeMs === 'number' ? { maxConnectionAgeMs } : {}),
  };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
