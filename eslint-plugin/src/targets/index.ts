import { nearestEnginesNode } from './node-version';
import { readTargets } from './read-targets';
import type { Targets } from './types';

export type { Target, Targets } from './types';
export { DEFAULT_MARGIN_MS, readTargets } from './read-targets';
export { keepaliveSettingsSchema, SETTING_KEYS, type SettingKey } from './schema';

const cache = new WeakMap<object, Map<string | null, Targets>>();
const NO_SETTINGS = {};

/**
 * The targets every rule and the editor read, from `settings.keepalive` (ESLint shared settings) plus
 * `engines.node` of the nearest package.json. Cached per settings object and Node range.
 */
export function targetsFor(settings: Readonly<Record<string, unknown>> | undefined, filename: string, cwd: string): Targets {
  const raw = settings?.['keepalive'];
  const engines = nearestEnginesNode(filename, cwd);
  // Only an object or "unset" can key the cache; anything else is malformed and read each time.
  const key = raw === undefined ? NO_SETTINGS : typeof raw === 'object' && raw !== null ? raw : null;
  if (!key) return readTargets(raw, engines);
  let byEngines = cache.get(key);
  if (!byEngines) cache.set(key, (byEngines = new Map()));
  let targets = byEngines.get(engines);
  if (!targets) byEngines.set(engines, (targets = readTargets(raw, engines)));
  return targets;
}
