import { nearestGoModVersions } from './go-version';
import { nearestEnginesNode } from './node-version';
import { readTargets } from './read-targets';
import type { Targets } from './types';

export type { Target, Targets } from './types';
export { DEFAULT_MARGIN_MS, readTargets } from './read-targets';
export { keepaliveSettingsSchema, SETTING_KEYS, type SettingKey } from './schema';

const cache = new WeakMap<object, Map<string, Targets>>();
const NO_SETTINGS = {};

/**
 * The targets every rule and the editor read, from `settings.keepalive` (ESLint shared settings) plus
 * `engines.node` of the nearest package.json and the `go` line of the nearest go.mod. Cached per settings object,
 * Node range and Go range.
 */
export function targetsFor(settings: Readonly<Record<string, unknown>> | undefined, filename: string, cwd: string): Targets {
  const raw = settings?.['keepalive'];
  const engines = nearestEnginesNode(filename, cwd);
  const goMod = nearestGoModVersions(filename, cwd);
  // Only an object or "unset" can key the cache; anything else is malformed and read each time.
  const key = raw === undefined ? NO_SETTINGS : typeof raw === 'object' && raw !== null ? raw : null;
  if (!key) return readTargets(raw, engines, goMod);
  let byVersions = cache.get(key);
  if (!byVersions) cache.set(key, (byVersions = new Map()));
  const versions = `${engines ?? ''}\0${goMod ?? ''}`;
  let targets = byVersions.get(versions);
  if (!targets) byVersions.set(versions, (targets = readTargets(raw, engines, goMod)));
  return targets;
}
