import type { CodeTimeout } from './config-annotations';
import type { InspectedSite } from './types';

/**
 * The pools and servers of one inspected file as a config file's annotations list them (`configAnnotations`): each
 * pool's idle timeout and each server's keep-alive timeout, explicit or default. A value that is not statically
 * known, and a pool that keeps no idle socket, race nothing and are left out.
 * @param file how to name the file: relative to the repository, `/` separators
 * @param uri the file's `file:` URI, for links to the line
 */
export function codeTimeoutsOf(sites: readonly InspectedSite[], file: string, uri?: string): CodeTimeout[] {
  return sites.flatMap((site): CodeTimeout[] => {
    if (site.kind === 'client' && site.pooled === false) return [];
    const concept = site.kind === 'client' ? 'idleTimeoutMs' : 'keepAliveTimeoutMs';
    const setting = site.settings.find((candidate) => candidate.concept === concept);
    if (!setting || setting.source === 'unknown') return [];
    const line = (setting.valueRange ?? site.range).start.line;
    return [
      {
        role: site.kind,
        ms: typeof setting.value === 'number' ? setting.value : null,
        label: `\`${site.label}\``,
        location: `${file}:${line}`,
        ...(uri ? { uri: `${uri}#L${line}` } : {}),
      },
    ];
  });
}
