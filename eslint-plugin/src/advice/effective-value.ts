import type { ClientConcept } from '../catalog/types';
import type { ClientSite } from '../sites';
import type { Targets } from '../targets';
import { rangesMeet } from '../targets/version-ranges';

/**
 * A time or count limit as the library will apply it: a positive number, `null` for "no limit" (no timer,
 * Infinity, unlimited), or `undefined` when it cannot be seen or the library rejects the value (a different
 * finding: never reported here as a missing limit).
 */
export function effectiveLimit(site: ClientSite, concept: ClientConcept): number | null | undefined {
  const setting = site.settings[concept];
  if (setting.source === 'unknown') return undefined;
  const value = setting.source === 'explicit' && (setting.value === undefined || setting.value === null) ? defaultOf(site, concept) : setting.value;
  if (value === null) return null;
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) return undefined;
  if (value === Number.POSITIVE_INFINITY) return null;
  if (value > 0) return value;
  const zero = site.library.zeroMeans[concept];
  switch (zero?.effect) {
    case 'unlimited':
      return null;
    case 'fallback':
      return zero.fallback ? effectiveLimit(site, zero.fallback) : undefined;
    case 'default': {
      const fallback = defaultOf(site, concept);
      return typeof fallback === 'number' && fallback > 0 ? fallback : null;
    }
    case 'invalid':
      return undefined;
    default:
      return 0;
  }
}

/** `options.x` left `undefined` or `null`: every catalogued library falls back to its default then. */
function defaultOf(site: ClientSite, concept: ClientConcept): unknown {
  const defaults = site.library.defaults[concept];
  return defaults && defaults.length > 0 ? defaults[0]!.value : undefined;
}

/** The option a suggestion edits for a concept: the name the user wrote (a legacy alias too), else the library's own. */
export function optionToWrite(site: ClientSite, concept: ClientConcept): string | undefined {
  const setting = site.settings[concept];
  return setting.source === 'explicit' ? setting.option : site.library.optionFor[concept];
}

/**
 * The default of a library that ships with its runtime, for the runtime releases the targets name (`settings.keepalive.java`,
 * or the build file's): the lowest value among the releases that range meets, so a range spanning a change is only
 * judged too long when every release keeps connections too long. `undefined` when the setting is not such a default or
 * no release is targeted (then the site's own default, the lowest of all, applies).
 */
export function releaseDefault(site: ClientSite, concept: ClientConcept, targets: Pick<Targets, 'java' | 'go'> | undefined): number | null | undefined {
  const runtime = site.library.releasedWith;
  const release = runtime && targets ? targets[runtime] : null;
  if (!release || site.settings[concept].source !== 'default') return undefined;
  const values = (site.library.defaults[concept] ?? []).filter((value) => rangesMeet(value.versions, release)).map((value) => value.value);
  if (values.length === 0 || values.some((value) => typeof value !== 'number' && value !== null)) return undefined;
  const limits = values as (number | null)[];
  return limits.includes(null) && limits.every((value) => value === null) ? null : Math.min(...limits.filter((value): value is number => value !== null));
}
