import type { Node } from 'web-tree-sitter';
import type { JavaClientLibrary, JavaConstruction } from '../../catalog/java-types';
import { apacheHttpAsyncClient4, apacheHttpClient4, apacheHttpClient5 } from '../../catalog/java-clients';
import type { Setting, SiteRemark, WrittenOption } from '../../sites';
import { rangesMeet } from '../../targets/version-ranges';
import { callBound, explicitSetting, tightest, UNSEEN, type Candidate, type IdleBound } from './bounds';
import { configure, type Configured } from './chains';
import { afterExpression, beforeCall, indentAt, strategyNames } from './edit-points';
import type { JavaFile } from './java-file';
import { REQUEST_CONFIG } from './known-classes';
import { durationCall, managerFacts, type ManagerFacts } from './managers';
import { defaultSetting, settingsOf, type IdleFix, type JavaClientSite } from './site-model';
import { StrategyReader, type StrategyBound } from './strategies';
import { argumentsOf, methodName, rangeOf, receiverOf, unwrap, linkRange } from './syntax';

const LIBRARIES: readonly JavaClientLibrary[] = [apacheHttpClient4, apacheHttpAsyncClient4, apacheHttpClient5];

/** Apache HttpClient 4.x, HttpAsyncClient 4.1 and HttpClient 5.x clients: builders and the factories behind them. */
export function apacheSites(file: JavaFile, invocations: readonly Node[]): JavaClientSite[] {
  const sites: JavaClientSite[] = [];
  for (const call of invocations) {
    const match = matchConstruction(file, call);
    if (match) sites.push(siteOf(file, call, match.library, match.construction));
  }
  return sites;
}

function matchConstruction(file: JavaFile, call: Node): { library: JavaClientLibrary; construction: JavaConstruction } | null {
  const name = methodName(call);
  const receiver = receiverOf(call);
  if (!receiver || !name) return null;
  let className: string | null | undefined;
  for (const library of LIBRARIES) {
    for (const construction of library.constructions) {
      if (construction.method !== name) continue;
      className ??= file.imports.classOf(receiver);
      if (className === construction.className) return { library, construction };
    }
  }
  return null;
}

/** The facts of one client, from its builder calls and the connection manager it is given. */
interface BuilderFacts {
  readonly configured: Configured;
  readonly strategyCall: Node | null;
  readonly strategy: StrategyBound;
  readonly managerCall: Node | null;
  readonly manager: ManagerFacts | null;
  readonly shared: boolean | 'unknown';
  readonly pooled: boolean | 'unknown';
  readonly byRole: ReadonlyMap<string, Node[]>;
}

function siteOf(file: JavaFile, root: Node, library: JavaClientLibrary, construction: JavaConstruction): JavaClientSite {
  const configured = configure(root, construction.makes === 'builder' ? 'build' : null);
  const calls = construction.makes === 'builder' ? configured.calls : [];
  const facts = builderFacts(file, library, construction.makes === 'builder' ? configured : { ...configured, open: false }, calls);
  const remarks: SiteRemark[] = [];
  const idle = idleSetting(file, library, facts, remarks);
  if (construction.builderInstead) {
    remarks.push({ kind: 'fixed-factory', factory: `${simpleClass(construction.className)}.${construction.method}()`, builder: construction.builderInstead.call, keepsBehaviour: construction.builderInstead.keepsBehaviour });
  }
  const label = `${simpleClass(construction.className)}.${construction.method}()`;
  const end = configured.build ?? (construction.makes === 'builder' ? configured.expression : root);
  return {
    kind: 'client',
    library,
    constructor: {},
    label,
    written: configured.build ? `${label}…build()` : label,
    range: [root.startIndex, end.endIndex],
    calleeRange: [root.startIndex, root.childForFieldName('name')!.endIndex],
    options: { entries: writtenOptions(file, calls), open: configured.open },
    settings: settingsOf(library, { keepAlive: keepAliveSetting(file, library, facts), idleTimeoutMs: idle }),
    language: 'java',
    remarks,
    fix: fixOf(file, root, construction, configured, facts),
  };
}

function builderFacts(file: JavaFile, library: JavaClientLibrary, configured: Configured, calls: readonly Node[]): BuilderFacts {
  const byRole = new Map<string, Node[]>();
  for (const call of calls) {
    const setter = library.setters[methodName(call) ?? ''];
    if (!setter) continue;
    const list = byRole.get(setter.role) ?? [];
    list.push(call);
    byRole.set(setter.role, list);
  }
  const last = (role: string) => byRole.get(role)?.at(-1) ?? null;
  const strategyCall = last('keep-alive-strategy');
  const strategyArgument = strategyCall ? argumentsOf(strategyCall)[0] : undefined;
  const strategy: StrategyBound = !strategyCall
    ? { kind: 'default' }
    : strategyArgument
      ? new StrategyReader(file.values, library, file.root).bound(strategyArgument)
      : { kind: 'unknown' };
  const managerCall = last('connection-manager');
  const managerArgument = managerCall ? argumentsOf(managerCall)[0] : undefined;
  const manager = managerArgument ? managerFacts(file, managerArgument) : null;
  const sharedCall = last('manager-shared');
  const sharedValue = sharedCall ? argumentsOf(sharedCall)[0] : undefined;
  const shared = !sharedCall ? false : sharedValue?.type === 'true' ? true : sharedValue?.type === 'false' ? false : 'unknown';
  const reuseCall = last('reuse-strategy');
  // A builder handed to other code may be configured out of sight: nothing about it is known then.
  const pooled = configured.open ? 'unknown' : !reuseCall ? true : reusesConnections(argumentsOf(reuseCall)[0]);
  return { configured, strategyCall, strategy, managerCall, manager, shared, pooled, byRole };
}

function keepAliveSetting(file: JavaFile, library: JavaClientLibrary, facts: BuilderFacts): Setting {
  if (facts.pooled === 'unknown') return { source: 'unknown' };
  const reuse = facts.byRole.get('reuse-strategy')?.at(-1);
  if (facts.pooled || !reuse) return defaultSetting(library, 'keepAlive')!;
  return { ...explicitSetting(callBound(reuse, 0, file.text)), value: false };
}

/** `NoConnectionReuseStrategy.INSTANCE` keeps no connection; the default one keeps them; anything else is unknown. */
function reusesConnections(argument: Node | undefined): boolean | 'unknown' {
  const text = argument ? unwrap(argument).text.replace(/\s+/g, '') : '';
  if (/^(?:new)?(?:[\w.]+\.)?NoConnectionReuseStrategy(?:\.INSTANCE|\(\))$/.test(text)) return false;
  if (/^(?:new)?(?:[\w.]+\.)?(?:Default|DefaultClient)ConnectionReuseStrategy(?:\.INSTANCE|\(\))$/.test(text)) return true;
  return 'unknown';
}

/**
 * How long an idle connection can stay in the pool: the tightest of the keep-alive strategy, the builder's evictor,
 * a time-to-live, and what the connection manager does (its time-to-live, 5.6 idle timeout, sweeper threads). With
 * no strategy the default applies: the server's header, else forever (4.x) or the request config's 3 min (5.x).
 */
function idleSetting(file: JavaFile, library: JavaClientLibrary, facts: BuilderFacts, remarks: SiteRemark[]): Setting {
  const candidates: Candidate[] = [];
  const version = file.versionOf(library);
  let defaultMs: number | null | undefined;
  let hasTimeToLive = false;
  switch (facts.strategy.kind) {
    case 'default': {
      const fallback = library.defaults.idleTimeoutMs?.[0]?.value;
      if (fallback === null) defaultMs = null;
      else {
        const config = requestConfigFallback(file, facts);
        if (config === UNSEEN) candidates.push(UNSEEN);
        else if (config) candidates.push(config);
        else defaultMs = typeof fallback === 'number' ? fallback : undefined;
      }
      break;
    }
    case 'bounded':
      candidates.push(callBound(facts.strategyCall!, facts.strategy.ms, file.text, { kind: 'strategy', honoursHint: facts.strategy.honoursHint }));
      break;
    case 'forever':
      candidates.push({ ...callBound(facts.strategyCall!, Number.POSITIVE_INFINITY, file.text, { kind: 'strategy', honoursHint: false }) });
      break;
    default:
      candidates.push(UNSEEN);
  }
  const withManager = facts.managerCall !== null;
  for (const call of facts.byRole.get('time-to-live') ?? []) {
    if (withManager) remarks.push({ kind: 'ignored-beside-manager', option: methodName(call)!, range: linkRange(call) });
    else {
      hasTimeToLive = true;
      candidates.push(durationCall(file, call, { kind: 'time-to-live' }));
    }
  }
  if (withManager) for (const call of facts.byRole.get('manager-limit') ?? []) remarks.push({ kind: 'ignored-beside-manager', option: methodName(call)!, range: linkRange(call) });
  const evictIdle = facts.byRole.get('evict-idle') ?? [];
  const evictExpired = facts.byRole.get('evict-expired') ?? [];
  if (facts.shared === true) {
    for (const call of [...evictIdle, ...evictExpired]) remarks.push({ kind: 'evictor-with-shared-manager', option: methodName(call)!, range: linkRange(call) });
  } else {
    for (const call of evictIdle) candidates.push(facts.shared === 'unknown' ? UNSEEN : evictorBound(file, library, call, version));
  }
  if (withManager) {
    if (!facts.manager) candidates.push(UNSEEN);
    else {
      candidates.push(...facts.manager.bounds);
      hasTimeToLive ||= facts.manager.bounds.some((bound) => bound !== UNSEEN && bound.derivation?.kind === 'time-to-live');
      if (facts.manager.staleCheck) remarks.push({ kind: 'stale-check', ...facts.manager.staleCheck });
    }
  }
  // Without a header and a time-to-live, 4.x connections never expire: closing expired ones closes nothing.
  const neverExpire = defaultMs === null && !hasTimeToLive;
  if (neverExpire && facts.manager?.expiredOnly) remarks.push({ kind: 'expired-only-sweeper', ...facts.manager.expiredOnly });
  if (neverExpire && facts.shared !== true && evictIdle.length === 0 && evictExpired.length > 0) {
    remarks.push({ kind: 'expired-only-sweeper', option: 'evictExpiredConnections', range: linkRange(evictExpired[0]!) });
  }
  if (version === '5.6.0' && library === apacheHttpClient5 && evictExpired.length > 0 && evictIdle.length === 0 && facts.shared !== true) {
    remarks.push({ kind: 'throws-in-version', option: 'evictExpiredConnections', range: linkRange(evictExpired[0]!), version, fixedIn: '5.6.1' });
  }
  const bound = tightest(candidates);
  if (bound === undefined) return { source: 'unknown', option: 'setKeepAliveStrategy' };
  if (defaultMs === undefined && bound === null) return { source: 'unknown', option: 'setKeepAliveStrategy' };
  if (bound === null || (typeof defaultMs === 'number' && defaultMs < bound.ms)) {
    const chosen = defaultSetting(library, 'idleTimeoutMs')!;
    return { ...chosen, value: defaultMs ?? null };
  }
  return explicitSetting(bound);
}

/**
 * The builder's evictor: it sleeps between passes, so a connection can stay idle for its idle time plus that sleep.
 * Without the library version the longest sleep any version uses counts.
 */
function evictorBound(file: JavaFile, library: JavaClientLibrary, call: Node, version: string | null): Candidate {
  const args = argumentsOf(call);
  const idleMs = args.length === 1 ? file.values.durationMs(args[0]!) : args.length === 2 ? file.values.pairMs(args[0]!, args[1]!) : undefined;
  if (idleMs === undefined) return UNSEEN;
  const timings = (library.evictor ?? []).filter((timing) => version === null || rangesMeet(timing.versions, version));
  if (timings.length === 0) return UNSEEN;
  const sleepMs = Math.max(...timings.map((timing) => (timing.sleep === 'max-idle' ? idleMs : Math.max(idleMs / 10, 1000))));
  return callBound(call, idleMs + sleepMs, file.text, { kind: 'evictor', idleMs, sleepMs });
}

/**
 * 5.x: the keep-alive the default strategy uses without a `Keep-Alive` header, from `setDefaultRequestConfig(…)`.
 * `null`: the library's 3 min; `UNSEEN`: a request config the file does not show.
 */
function requestConfigFallback(file: JavaFile, facts: BuilderFacts): IdleBound | typeof UNSEEN | null {
  const call = facts.byRole.get('request-config')?.at(-1);
  if (!call) return null;
  let expression = unwrap(argumentsOf(call)[0] ?? call);
  if (expression.type === 'identifier' || expression.type === 'field_access') {
    const binding = file.values.binding(expression);
    if (binding.kind !== 'constant') return UNSEEN;
    expression = unwrap(binding.value);
  }
  let root: Node | null = expression;
  while (root?.type === 'method_invocation' && !(methodName(root) === 'custom' && file.imports.classOf(receiverOf(root)!) === REQUEST_CONFIG)) root = receiverOf(root) ? unwrap(receiverOf(root)!) : null;
  if (!root || root.type !== 'method_invocation') return UNSEEN;
  const keepAlive = configure(root, 'build').calls.filter((link) => methodName(link) === 'setConnectionKeepAlive').at(-1);
  if (!keepAlive) return null;
  const bound = durationCall(file, keepAlive, { kind: 'hint-fallback' });
  return bound;
}

function writtenOptions(file: JavaFile, calls: readonly Node[]): Map<string, WrittenOption> {
  const entries = new Map<string, WrittenOption>();
  for (const call of calls) {
    const args = argumentsOf(call);
    const valueRange = args.length > 0 ? ([args[0]!.startIndex, args.at(-1)!.endIndex] as const) : rangeOf(call);
    const known = args.length === 1 ? file.values.number(args[0]!) : undefined;
    entries.set(methodName(call)!, {
      value: known === undefined ? { known: false } : { known: true, value: known },
      range: [call.childForFieldName('name')!.startIndex, call.endIndex],
      valueRange,
      text: file.text.slice(valueRange[0], valueRange[1]),
    });
  }
  return entries;
}

/** How a suggestion gives this client a capped keep-alive strategy. */
function fixOf(file: JavaFile, root: Node, construction: JavaConstruction, configured: Configured, facts: BuilderFacts): IdleFix | null {
  if (facts.pooled !== true) return null;
  const replaced = facts.strategyCall ? argumentsOf(facts.strategyCall)[0] : undefined;
  const names = strategyNames(root, replaced);
  if (construction.builderInstead) {
    if (!construction.builderInstead.keepsBehaviour) return null;
    // The builder call as this file writes the factory's class (simple or fully qualified).
    const builderCall = construction.builderInstead.call;
    const call = `${receiverOf(root)!.text}${builderCall.slice(builderCall.indexOf('.'))}`;
    return { kind: 'builder-instead', range: rangeOf(root), call, indent: indentAt(file.text, root.startIndex), names };
  }
  if (facts.strategyCall) {
    const argument = argumentsOf(facts.strategyCall)[0];
    return argument ? { kind: 'replace-strategy', range: rangeOf(argument), indent: indentAt(file.text, facts.strategyCall.startIndex), names } : null;
  }
  if (configured.build) return { kind: 'insert-strategy', where: beforeCall(file.text, configured.build), names };
  return { kind: 'insert-strategy', where: afterExpression(file.text, configured.expression), names };
}

export function simpleClass(className: string): string {
  const parts = className.split('.');
  const firstClass = parts.findIndex((part) => /^[A-Z]/.test(part));
  return parts.slice(firstClass < 0 ? -1 : firstClass).join('.');
}
