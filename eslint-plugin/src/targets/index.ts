import { javaBuildOf } from './java-build';
import { nearestGoModVersions } from './go-version';
import { nearestEnginesNode } from './node-version';
import { readTargets } from './read-targets';
import type { Targets } from './types';

export type { Target, Targets } from './types';
export { DEFAULT_MARGIN_MS, readTargets } from './read-targets';
export { javaBuildOf, type JavaBuild } from './java-build';
export { keepaliveSettingsSchema, SETTING_KEYS, type SettingKey } from './schema';

const cache = new WeakMap<object, Map<string, Targets>>();
const NO_SETTINGS = {};

/**
 * The targets every rule and the editor read, from `settings.keepalive` (ESLint shared settings) plus
 * `engines.node` of the nearest package.json, the `go` line of the nearest go.mod, and for a Java file the release of
 * its build. Cached per settings object, Node range and Go range, then per Java release.
 */
export function targetsFor(settings: Readonly<Record<string, unknown>> | undefined, filename: string, cwd: string): Targets {
  return withJavaRelease(settingsTargets(settings, filename, cwd), filename, cwd);
}

function settingsTargets(settings: Readonly<Record<string, unknown>> | undefined, filename: string, cwd: string): Targets {
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

const byRelease = new WeakMap<Targets, Map<string, Targets>>();

/** A Java file whose settings name no release takes the one its build compiles for (`pom.xml`, `build.gradle`). */
function withJavaRelease(targets: Targets, filename: string, cwd: string): Targets {
  if (targets.java !== null || !filename.endsWith('.java')) return targets;
  const release = javaBuildOf(filename, cwd).release;
  if (release === null) return targets;
  let known = byRelease.get(targets);
  if (!known) byRelease.set(targets, (known = new Map()));
  let withRelease = known.get(release);
  if (!withRelease) known.set(release, (withRelease = { ...targets, java: release }));
  return withRelease;
}
