import { javaBuildOf } from './java-build';
import { nearestGoModVersions } from './go-version';
import type { Discovery } from '../discovery/types';
import { discoveredTargetsOf, discoveryFor, mentionsDiscovered } from './discovered';
import { nearestEnginesNode } from './node-version';
import { ASSUMED_SERVER_JAVA_GO } from '../catalog/common';
import { assumedServer, readTargets } from './read-targets';
import type { Targets } from './types';

export type { Target, TargetOrigin, Targets } from './types';
export { DEFAULT_MARGIN_MS, readTargets, type DiscoveredTargets } from './read-targets';
export { javaBuildOf, type JavaBuild } from './java-build';
export { DISCOVERED, keepaliveSettingsSchema, SETTING_KEYS, type SettingKey } from './schema';
export { discoveredTargetsOf } from './discovered';

/** Per settings object: per Node and Go range (and discovery root), the targets and the discovery they were read with. */
const cache = new WeakMap<object, Map<string, { readonly discovery: Discovery | null; readonly targets: Targets }>>();
const NO_SETTINGS = {};

/**
 * The targets every rule and the editor read, from `settings.keepalive` (ESLint shared settings) plus
 * `engines.node` of the nearest package.json, the `go` line of the nearest go.mod, for `'discovered'` the config
 * files of the file's repository (see `discoveryFor`), for a Java file the release of its build, and for a Java or Go
 * file with no servers set the assumed server under a name that fits it. Cached per
 * settings object, Node range, Go range and discovery, then per Java release.
 */
export function targetsFor(settings: Readonly<Record<string, unknown>> | undefined, filename: string, cwd: string): Targets {
  return withJavaRelease(withAssumedServerOf(settingsTargets(settings, filename, cwd), filename), filename, cwd);
}

const javaGoAssumed = new WeakMap<Targets, Targets>();

/** With no servers set, a Java or Go file names the assumed 5 s server after the Apache HTTP Server, not Node.js. */
function withAssumedServerOf(targets: Targets, filename: string): Targets {
  if (targets.servers[0]?.assumed !== true || !(filename.endsWith('.java') || filename.endsWith('.go'))) return targets;
  let renamed = javaGoAssumed.get(targets);
  if (!renamed) javaGoAssumed.set(targets, (renamed = { ...targets, servers: [assumedServer(ASSUMED_SERVER_JAVA_GO)] }));
  return renamed;
}

function settingsTargets(settings: Readonly<Record<string, unknown>> | undefined, filename: string, cwd: string): Targets {
  const raw = settings?.['keepalive'];
  const engines = nearestEnginesNode(filename, cwd);
  const goMod = nearestGoModVersions(filename, cwd);
  const discovery = mentionsDiscovered(raw) ? discoveryFor(filename, cwd) : null;
  const read = () => readTargets(raw, engines, { goMod, ...(discovery ? { discovered: discoveredTargetsOf(discovery) } : {}) });
  // Only an object or "unset" can key the cache; anything else is malformed and read each time.
  const key = raw === undefined ? NO_SETTINGS : typeof raw === 'object' && raw !== null ? raw : null;
  if (!key) return read();
  let byVersions = cache.get(key);
  if (!byVersions) cache.set(key, (byVersions = new Map()));
  const subKey = `${engines ?? ''}\0${goMod ?? ''}\0${discovery?.root ?? ''}`;
  const cached = byVersions.get(subKey);
  if (cached && cached.discovery === discovery) return cached.targets;
  const targets = read();
  byVersions.set(subKey, { discovery, targets });
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
