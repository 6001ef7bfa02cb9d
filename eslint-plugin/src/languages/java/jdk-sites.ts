import type { Node } from 'web-tree-sitter';
import { JDK_KEEP_ALIVE_PROPERTY, JDK_POOL_SWEEP, jdkHttpClient } from '../../catalog/java-clients';
import type { Setting } from '../../sites';
import { configure } from './chains';
import type { JavaFile } from './java-file';
import { settingsOf, type IdleFix, type JavaClientSite } from './site-model';
import { argumentsOf, methodName, rangeOf, receiverOf, stringValue, unwrap, linkRange } from './syntax';

const HTTP_CLIENT = 'java.net.http.HttpClient';

/**
 * `java.net.http.HttpClient`: every client of the JVM shares one keep-alive, the `jdk.httpclient.keepalive.timeout`
 * property read once when the pool class loads (1200 s before JDK 20, 30 s from 20). A `System.setProperty` in the
 * file sets it for all of them; a `-D` flag cannot be seen.
 */
export function jdkSites(file: JavaFile, invocations: readonly Node[]): JavaClientSite[] {
  const roots = invocations.filter((call) => {
    const name = methodName(call);
    const receiver = receiverOf(call);
    return (name === 'newHttpClient' || name === 'newBuilder') && receiver !== null && file.imports.classOf(receiver) === HTTP_CLIENT;
  });
  if (roots.length === 0) return [];
  const property = propertySetting(file, invocations);
  return roots.map((root) => {
    const builder = methodName(root) === 'newBuilder';
    const configured = builder ? configure(root, 'build') : null;
    const label = `HttpClient.${methodName(root)}()`;
    const end = configured?.build ?? root;
    return {
      kind: 'client',
      library: jdkHttpClient,
      constructor: {},
      label,
      written: configured?.build ? `${label}…build()` : label,
      range: [root.startIndex, end.endIndex],
      calleeRange: [root.startIndex, root.childForFieldName('name')!.endIndex],
      options: null,
      settings: settingsOf(jdkHttpClient, { idleTimeoutMs: property.setting ?? lowestDefault() }),
      language: 'java',
      fix: property.fix,
    } satisfies JavaClientSite;
  });
}

/** Without a targeted JDK release the lowest default stands; the advice picks the release's own when one is targeted. */
function lowestDefault(): Setting {
  const values = jdkHttpClient.defaults.idleTimeoutMs ?? [];
  const lowest = values.reduce((low, value) => ((value.value as number) < (low.value as number) ? value : low));
  return { source: 'default', value: lowest.value, catalogSource: lowest.source };
}

function propertySetting(file: JavaFile, invocations: readonly Node[]): { setting: Setting | null; fix: IdleFix | null } {
  const calls = invocations.filter((call) => {
    const args = argumentsOf(call);
    return methodName(call) === 'setProperty' && receiverOf(call)?.text === 'System' && args.length === 2 && file.values.string(args[0]!) === JDK_KEEP_ALIVE_PROPERTY;
  });
  if (calls.length === 0) return { setting: null, fix: null };
  const values = calls.map((call) => file.values.string(argumentsOf(call)[1]!));
  const seconds = values[0] !== undefined && /^\s*\d+\s*$/.test(values[0]) && values.every((value) => value === values[0]) ? Number(values[0]) : undefined;
  const call = calls[0]!;
  const value = argumentsOf(call)[1]!;
  if (seconds === undefined) return { setting: { source: 'unknown', option: JDK_KEEP_ALIVE_PROPERTY }, fix: null };
  // Below the pool's sweep the connection is kept until the sweep (JDK_POOL_SWEEP).
  const belowSweep = seconds * 1000 < JDK_POOL_SWEEP.ms;
  return {
    setting: {
      source: 'explicit',
      value: Math.max(seconds * 1000, JDK_POOL_SWEEP.ms),
      option: JDK_KEEP_ALIVE_PROPERTY,
      range: linkRange(call),
      valueRange: rangeOf(value),
      text: value.text,
      derivation: belowSweep ? { kind: 'system-property', belowSweep: { writtenMs: seconds * 1000, sweepMs: JDK_POOL_SWEEP.ms } } : { kind: 'system-property' },
    },
    fix: calls.length === 1 && stringValue(unwrap(value)) !== undefined ? { kind: 'property-seconds', range: rangeOf(value) } : null,
  };
}
