import { formatDuration } from '../advice';
import type { ClientSite, Setting } from '../sites';
import type { Targets } from '../targets';
import { rangesMeet } from '../targets/version-ranges';

/**
 * The parts of the idle-timeout sentences that depend on how a site is written: why its idle time is what it is
 * (an evictor's sleep, a keep-alive strategy, a JDK-wide property), and which suggestion title fits the language.
 * JavaScript sites keep the wording they always had.
 */

/** Why a pool keeps idle sockets as long as it does, for `({{how}})`. */
export function describeHow(site: ClientSite, setting: Setting, option: string, targets: Targets): string {
  if (setting.source === 'explicit') {
    const derivation = setting.derivation;
    switch (derivation?.kind) {
      case 'evictor':
        return `\`${setting.option}\`: an evictor closes connections idle ${formatDuration(derivation.idleMs)} and wakes every ${formatDuration(derivation.sleepMs)}, so one can stay idle for both`;
      case 'time-to-live':
        return `\`${setting.option}\`, a connection's whole life`;
      case 'strategy':
        return derivation.honoursHint ? `\`${setting.option}\`: the server's \`Keep-Alive\` header, up to that` : `\`${setting.option}\``;
      case 'hint-fallback':
        return `\`${setting.option}\`, used when the server sends no \`Keep-Alive\` header`;
      case 'system-property':
        return derivation.belowSweep === undefined
          ? `\`${setting.option}\`, read once per JVM`
          : `\`${setting.option}\`, read once per JVM: ${formatDuration(derivation.belowSweep.writtenMs)} is kept up to ${formatDuration(derivation.belowSweep.sweepMs)}, until the pool's selector thread next wakes`;
      default:
        return `\`${option}\``;
    }
  }
  if (site.library.hint === 'replaces') return "no keep-alive strategy: the server's `Keep-Alive` header, else the library's default";
  const runtime = site.library.releasedWith;
  if (runtime) {
    const release = targets[runtime];
    const name = runtime === 'java' ? 'JDK' : 'Go';
    // Every default the targeted releases may run with is named: the verdict holds for the lowest.
    const values = (site.library.defaults.idleTimeoutMs ?? []).filter((value) => !release || rangesMeet(value.versions, release));
    if (release && values.length === 1) return `\`${option}\` unset: the default on ${name} ${release}`;
    const listed = values.map((value) => `${typeof value.value === 'number' ? formatDuration(value.value) : 'none'} on ${name} ${value.versions}`).join(' and ');
    return `\`${option}\` unset: ${runtime === 'java' ? "the JDK's" : "Go's"} default, ${listed}${release ? ` (the build targets ${name} ${release})` : ''}`;
  }
  return `\`${option}\` unset: the library's default`;
}

/** What a Java site adds to "never closes them itself": a stale check that reads like an idle timeout, a factory that takes no strategy. */
export function remarksWhy(site: ClientSite): string {
  const parts: string[] = [];
  for (const remark of site.remarks ?? []) {
    if (remark.kind === 'stale-check') {
      parts.push(`\`${remark.option}\` only checks a connection when it is leased: it misses a silent drop and a close still in flight`);
    } else if (remark.kind === 'fixed-factory' && !remark.keepsBehaviour) {
      parts.push(`\`${remark.factory}\` cannot take a keep-alive strategy: build the client with \`${remark.builder}\``);
    }
  }
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

/** The suggestion title that fits a site: JavaScript's `option: value`, or a Java setter, strategy or factory switch. */
export function idleSuggestionId(site: ClientSite, setting: Setting): 'addIdleTimeout' | 'useCappedIdleTimeout' | 'capKeepAliveStrategy' | 'buildWithCappedStrategy' | 'setJavaIdleTimeout' | 'setPropertySeconds' | null {
  if (site.language !== 'java') return null;
  if (site.library.hint === 'replaces') {
    return site.remarks?.some((remark) => remark.kind === 'fixed-factory') ? 'buildWithCappedStrategy' : 'capKeepAliveStrategy';
  }
  if (setting.source === 'explicit' && setting.derivation?.kind === 'system-property') return 'setPropertySeconds';
  return 'setJavaIdleTimeout';
}

/** The data Java suggestion titles read beside the JavaScript ones. */
export function javaSuggestionData(site: ClientSite, capMs: number): Record<string, string> {
  const factory = site.remarks?.find((remark) => remark.kind === 'fixed-factory');
  return { builder: factory?.kind === 'fixed-factory' ? factory.builder : '', seconds: String(Math.floor(capMs / 1000)) };
}
