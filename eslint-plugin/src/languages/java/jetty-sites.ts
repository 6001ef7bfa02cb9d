import type { Node } from 'web-tree-sitter';
import { jettyClient } from '../../catalog/java-clients';
import type { Setting } from '../../sites';
import { rangesMeet } from '../../targets/version-ranges';
import { callBound, explicitSetting } from './bounds';
import { configure } from './chains';
import { afterStatement } from './edit-points';
import type { JavaFile } from './java-file';
import { settingsOf, type IdleFix, type JavaClientSite } from './site-model';
import { argumentsOf, methodName, rangeOf, statementOf } from './syntax';

const HTTP_CLIENT = 'org.eclipse.jetty.client.HttpClient';

/**
 * Jetty's `HttpClient`: `setIdleTimeout(ms)` closes a connection idle that long (pooled or not). Unset, Jetty 9.4
 * never closes one and Jetty 10 and later close it after 30 s; without the version in the build, the later holds.
 */
export function jettySites(file: JavaFile, creations: readonly Node[]): JavaClientSite[] {
  const sites: JavaClientSite[] = [];
  for (const creation of creations) {
    const type = creation.childForFieldName('type');
    if (!type || file.imports.classOf(type) !== HTTP_CLIENT) continue;
    const configured = configure(creation, null);
    const setters = configured.calls.filter((call) => methodName(call) === 'setIdleTimeout');
    const last = setters.at(-1);
    const argument = last ? argumentsOf(last)[0] : undefined;
    let idle: Setting;
    if (configured.open) idle = { source: 'unknown', option: 'setIdleTimeout' };
    else if (last) {
      const ms = argument ? file.values.number(argument) : undefined;
      idle = ms === undefined || setters.length > 1 ? { source: 'unknown', option: 'setIdleTimeout' } : explicitSetting(callBound(last, ms, file.text));
    } else idle = defaultFor(file.versionOf(jettyClient));
    sites.push({
      kind: 'client',
      library: jettyClient,
      constructor: {},
      label: 'Jetty HttpClient',
      written: 'new HttpClient()',
      range: rangeOf(creation),
      calleeRange: [creation.startIndex, type.endIndex],
      options: null,
      settings: settingsOf(jettyClient, { idleTimeoutMs: idle }),
      language: 'java',
      fix: fixOf(file, creation, argument, configured.variable),
    });
  }
  return sites;
}

function defaultFor(version: string | null): Setting {
  const values = jettyClient.defaults.idleTimeoutMs!;
  const chosen = (version && values.find((value) => rangesMeet(value.versions, version))) || values[0]!;
  return { source: 'default', value: chosen.value, catalogSource: chosen.source };
}

function fixOf(file: JavaFile, creation: Node, argument: Node | undefined, variable: ReturnType<typeof configure>['variable']): IdleFix | null {
  if (argument) return { kind: 'replace-argument', range: rangeOf(argument), as: 'milliseconds' };
  if (!variable || variable.scope !== 'local') return null;
  const statement = statementOf(creation);
  if (!statement || statement.type !== 'local_variable_declaration') return null;
  const { at, indent } = afterStatement(file.text, statement);
  return { kind: 'insert-statement', at, indent, receiver: variable.name, method: 'setIdleTimeout' };
}
