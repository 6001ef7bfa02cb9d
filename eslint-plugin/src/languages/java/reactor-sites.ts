import type { Node } from 'web-tree-sitter';
import { reactorNetty } from '../../catalog/java-clients';
import type { Setting } from '../../sites';
import { explicitSetting, tightest, UNSEEN, type Candidate } from './bounds';
import { configure } from './chains';
import { afterExpression, beforeCall } from './edit-points';
import type { JavaFile } from './java-file';
import { REACTOR_CONNECTION_PROVIDER } from './known-classes';
import { runsOnce } from './run-count';
import { settingsOf, type IdleFix, type JavaClientSite } from './site-model';
import { argumentsOf, methodName, rangeOf, receiverOf } from './syntax';
import { durationCall } from './managers';

const HTTP_CLIENT = 'reactor.netty.http.client.HttpClient';

/**
 * Reactor Netty pools: `ConnectionProvider.builder(name)…build()` (its `maxIdleTime` is checked when a connection is
 * acquired, so it is exact; unset, idle connections are kept until the server closes them), `ConnectionProvider.create(…)`,
 * and `HttpClient.create()`, which uses the global pool with the builder's defaults.
 */
export function reactorSites(file: JavaFile, invocations: readonly Node[]): JavaClientSite[] {
  const sites: JavaClientSite[] = [];
  for (const call of invocations) {
    const name = methodName(call);
    const receiver = receiverOf(call);
    if (!receiver || (name !== 'builder' && name !== 'create')) continue;
    const className = file.imports.classOf(receiver);
    if (className === REACTOR_CONNECTION_PROVIDER && name === 'builder') {
      const site = providerBuilderSite(file, call);
      if (site) sites.push(site);
    } else if (className === REACTOR_CONNECTION_PROVIDER) {
      sites.push(siteOf(file, call, 'ConnectionProvider.create(…)', { source: 'default', value: null, catalogSource: reactorNetty.defaults.idleTimeoutMs![0]!.source }, null));
    } else if (className === HTTP_CLIENT && argumentsOf(call).length === 0) {
      const fix: IdleFix | null = runsOnce(call) ? { kind: 'provider-with-max-idle', range: rangeOf(call), receiver: receiver.text } : null;
      sites.push(siteOf(file, call, 'HttpClient.create()', { source: 'default', value: null, catalogSource: reactorNetty.defaults.idleTimeoutMs![0]!.source }, fix));
    }
  }
  return sites;
}

function providerBuilderSite(file: JavaFile, root: Node): JavaClientSite | null {
  const configured = configure(root, 'build');
  if (configured.open) return null;
  const candidates: Candidate[] = [];
  let maxIdle: Node | null = null;
  for (const call of configured.calls) {
    const role = reactorNetty.setters[methodName(call) ?? '']?.role;
    if (role === 'idle-time') {
      maxIdle = call;
      candidates.push(durationCall(file, call, undefined));
    } else if (role === 'life-time') candidates.push(durationCall(file, call, { kind: 'time-to-live' }));
  }
  const bound = tightest(candidates);
  const idle: Setting =
    bound === undefined
      ? { source: 'unknown', option: 'maxIdleTime' }
      : bound === null
        ? { source: 'default', value: null, catalogSource: reactorNetty.defaults.idleTimeoutMs![0]!.source }
        : explicitSetting(bound);
  const argument = maxIdle ? argumentsOf(maxIdle)[0] : undefined;
  const fix: IdleFix = argument
    ? { kind: 'replace-argument', range: rangeOf(argument), as: 'Duration' }
    : { kind: 'insert-max-idle', where: configured.build ? beforeCall(file.text, configured.build) : afterExpression(file.text, configured.expression) };
  const site = siteOf(file, root, configured.build ? 'ConnectionProvider.builder(…)…build()' : 'ConnectionProvider.builder(…)', idle, candidates.includes(UNSEEN) ? null : fix);
  return { ...site, range: [root.startIndex, (configured.build ?? configured.expression).endIndex] };
}

function siteOf(_file: JavaFile, call: Node, written: string, idle: Setting, fix: IdleFix | null): JavaClientSite {
  return {
    kind: 'client',
    library: reactorNetty,
    constructor: {},
    label: written.replace(/…build\(\)$/, ''),
    written,
    range: rangeOf(call),
    calleeRange: [call.startIndex, call.childForFieldName('name')!.endIndex],
    options: null,
    settings: settingsOf(reactorNetty, { idleTimeoutMs: idle }),
    language: 'java',
    fix,
  };
}
