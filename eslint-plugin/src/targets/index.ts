import type { Discovery } from '../discovery/types';
import { discoveredTargetsOf, discoveryFor, mentionsDiscovered } from './discovered';
import { nearestEnginesNode } from './node-version';
import { readTargets } from './read-targets';
import type { Targets } from './types';

export type { Target, TargetOrigin, Targets } from './types';
export { DEFAULT_MARGIN_MS, readTargets, type DiscoveredTargets } from './read-targets';
export { DISCOVERED, keepaliveSettingsSchema, SETTING_KEYS, type SettingKey } from './schema';
export { discoveredTargetsOf } from './discovered';

/** Per settings object: per Node range (and discovery root), the targets and the discovery they were read with. */
const cache = new WeakMap<object, Map<string, { readonly discovery: Discovery | null; readonly targets: Targets }>>();
const NO_SETTINGS = {};

/**
 * The targets every rule and the editor read, from `settings.keepalive` (ESLint shared settings) plus
 * `engines.node` of the nearest package.json, and for `'discovered'` the config files of the file's repository
 * (see `discoveryFor`). Cached per settings object, Node range and discovery.
 */
export function targetsFor(settings: Readonly<Record<string, unknown>> | undefined, filename: string, cwd: string): Targets {
  const raw = settings?.['keepalive'];
  const engines = nearestEnginesNode(filename, cwd);
  const discovery = mentionsDiscovered(raw) ? discoveryFor(filename, cwd) : null;
  const read = () => readTargets(raw, engines, discovery ? discoveredTargetsOf(discovery) : undefined);
  // Only an object or "unset" can key the cache; anything else is malformed and read each time.
  const key = raw === undefined ? NO_SETTINGS : typeof raw === 'object' && raw !== null ? raw : null;
  if (!key) return read();
  let byEngines = cache.get(key);
  if (!byEngines) cache.set(key, (byEngines = new Map()));
  const subKey = `${engines ?? ''}\0${discovery?.root ?? ''}`;
  const cached = byEngines.get(subKey);
  if (cached && cached.discovery === discovery) return cached.targets;
  const targets = read();
  byEngines.set(subKey, { discovery, targets });
  return targets;
}
