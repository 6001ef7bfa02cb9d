import { formatDuration, keepAliveCapVerdict, lifetimeCapVerdict, type LifetimeCap } from '../advice';
import type { IdleCap } from '../advice/capped-strategy';
import type { ClientSite, Setting } from '../sites';
import type { Target, Targets } from '../targets';
import { quoted } from './client-idle';
import { suggestion, type FileFacts, type Finding } from './types';
import { targetName } from './target-name';

/** Keep-alive caps and connection lifetimes above what the devices and servers on the way allow. */
export const keepAliveCapMessages = {
  missingKeepAliveCap:
    "{{label}} lets a server's `Keep-Alive: timeout=` hint raise its idle time {{cap}} (`{{option}}` unset: the library's default), longer than {{target}} keeps an idle flow ({{limit}}). A socket idle past that is dropped on the way and the next request on it fails (ECONNRESET).",
  keepAliveCapAboveMiddlebox:
    "`{{option}}` lets a server's `Keep-Alive: timeout=` hint keep an idle socket of {{label}} {{cap}}, longer than {{target}} keeps an idle flow ({{limit}}). A socket idle past that is dropped on the way and the next request on it fails (ECONNRESET).",
  setKeepAliveCap: 'Set `{{option}}: {{value}}` ({{limit}} idle at {{target}} minus {{margin}} margin)',
  missingLifetimeCap:
    '{{label}} keeps connections with no age limit (`{{option}}` unset), but {{target}} ends connections after {{limit}} without telling the client. A request on an older connection fails (ECONNRESET).',
  lifetimeCapAboveTarget:
    '`{{option}}` lets {{label}} keep a connection {{cap}}, but {{target}} ends connections after {{limit}} without telling the client. A request on an older connection fails (ECONNRESET).',
  setLifetimeCap: 'Set `{{option}}: {{value}}` ({{limit}} connection age at {{target}} minus {{margin}} margin)',
} as const;

/** Every verdict of both caps that `require-keepalive-cap` reports. */
export const CAP_RULES: Readonly<Record<string, string>> = {
  'no-keepalive-cap': 'require-keepalive-cap',
  'keepalive-cap-above-middlebox': 'require-keepalive-cap',
  'no-lifetime-cap': 'require-keepalive-cap',
  'lifetime-cap-above-target': 'require-keepalive-cap',
};

/** One cap finding, whichever cap it is about. */
interface CapVerdict {
  readonly messageId: 'missingKeepAliveCap' | 'keepAliveCapAboveMiddlebox' | 'missingLifetimeCap' | 'lifetimeCapAboveTarget';
  readonly suggestId: 'setKeepAliveCap' | 'setLifetimeCap';
  readonly concept: 'keepAliveCapMs' | 'maxLifetimeMs';
  readonly setting: Setting;
  readonly capMs: number | null;
  readonly cappedMs: number;
  readonly limit: { readonly name: string; readonly ms: number };
}

export function keepAliveCapFindings({ sites, targets, writer }: FileFacts): Finding[] {
  const findings: Finding[] = [];
  for (const site of sites.clients) {
    for (const verdict of capVerdicts(site, targets)) {
      const { setting } = verdict;
      const option = setting.source === 'explicit' ? setting.option : site.library.optionFor[verdict.concept];
      if (!option) continue;
      const data = {
        label: quoted(site),
        option,
        cap: verdict.capMs === null ? 'without limit' : `up to ${formatDuration(verdict.capMs)}`,
        target: verdict.limit.name,
        limit: formatDuration(verdict.limit.ms),
        margin: formatDuration(targets.marginMs),
        value: writer.milliseconds(verdict.cappedMs, setting.source === 'explicit' ? setting : undefined),
      };
      findings.push({
        rule: 'require-keepalive-cap',
        messageId: verdict.messageId,
        data,
        range: setting.source === 'explicit' ? setting.range : site.range,
        suggestions: suggestion(verdict.suggestId, data, writer.setClientOption(site, option, data.value)),
      });
    }
  }
  return findings;
}

function capVerdicts(site: ClientSite, targets: Targets): CapVerdict[] {
  const verdicts: CapVerdict[] = [];
  const hint = keepAliveCapVerdict(site, targets);
  if (hint.kind === 'no-keepalive-cap' || hint.kind === 'keepalive-cap-above-middlebox') {
    verdicts.push({
      messageId: hint.kind === 'no-keepalive-cap' ? 'missingKeepAliveCap' : 'keepAliveCapAboveMiddlebox',
      suggestId: 'setKeepAliveCap',
      concept: 'keepAliveCapMs',
      setting: hint.setting,
      capMs: hint.capMs,
      cappedMs: hint.cap.ms,
      limit: { name: targetName(hint.cap.basis), ms: hint.cap.basis.idleTimeoutMs! },
    });
  }
  const lifetime = lifetimeCapVerdict(site, targets);
  if (lifetime.kind === 'no-lifetime-cap' || lifetime.kind === 'lifetime-cap-above-target') {
    verdicts.push({
      messageId: lifetime.kind === 'no-lifetime-cap' ? 'missingLifetimeCap' : 'lifetimeCapAboveTarget',
      suggestId: 'setLifetimeCap',
      concept: 'maxLifetimeMs',
      setting: lifetime.setting,
      capMs: lifetime.capMs,
      cappedMs: lifetime.cap.ms,
      limit: { name: targetName(lifetime.cap.basis), ms: lifetime.cap.maxConnectionAgeMs },
    });
  }
  return verdicts;
}

/** How the sentence on what to change words each cap: when it is fine, why the capped value, and with no option to name. */
export interface CapWords {
  readonly fine: (ms: number, basis: Target) => string;
  readonly why: string;
  readonly unnamed: string;
}

export function keepAliveCapWords(cap: IdleCap, targets: Targets): CapWords {
  return {
    fine: (ms, basis) =>
      `Nothing to change: a server's \`Keep-Alive\` hint can keep a socket idle at most ${formatDuration(ms)}, at least ${formatDuration(targets.marginMs)} less than ${targetName(basis)} keeps an idle flow (${formatDuration(basis.idleTimeoutMs)}).`,
    why: `${targetName(cap.basis)} drops idle flows after ${formatDuration(cap.basis.idleTimeoutMs)}, minus ${formatDuration(targets.marginMs)} margin`,
    unnamed: `Cap the idle time a server's \`Keep-Alive\` hint can ask for at ${formatDuration(cap.ms)}`,
  };
}

export function lifetimeCapWords(cap: LifetimeCap, targets: Targets): CapWords {
  return {
    fine: (ms, basis) =>
      `Nothing to change: connections end after at most ${formatDuration(ms)}, at least ${formatDuration(targets.marginMs)} before ${targetName(basis)} ends them (${formatDuration(basis.idleTimeoutMs)}).`,
    why: `${targetName(cap.basis)} ends connections after ${formatDuration(cap.maxConnectionAgeMs)}, minus ${formatDuration(targets.marginMs)} margin`,
    unnamed: `End connections after at most ${formatDuration(cap.ms)}`,
  };
}
