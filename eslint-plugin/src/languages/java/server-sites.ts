import type { Node } from 'web-tree-sitter';
import { embeddedTomcat, jettyServer, undertowServer, vertxServer } from '../../catalog/java-servers';
import type { JavaServerProduct, JavaServerSetter } from '../../catalog/java-types';
import type { ServerConcept } from '../../catalog/types';
import type { ServerOptionSetting, ServerSetting, TextRange } from '../../sites';
import { configure } from './chains';
import { afterExpression, afterStatement, beforeCall, indentAt } from './edit-points';
import type { JavaFile } from './java-file';
import { UNDERTOW_OPTIONS } from './known-classes';
import type { JavaServerSite, ServerFix } from './site-model';
import { argumentsOf, enclosingMethod, methodName, rangeOf, receiverOf, same, statementOf, unwrap } from './syntax';

/** One idle setter as written, with its value in ms. */
interface WrittenIdle {
  readonly setter: JavaServerSetter;
  readonly call: Node;
  readonly value: Node;
  readonly ms: number | undefined;
}

/**
 * Java servers the balancer rule checks: Undertow's builder, Vert.x `HttpServerOptions`, a Jetty `ServerConnector` and
 * embedded Tomcat. Their idle timeout is what a balancer in front must stay under.
 */
export function serverSites(file: JavaFile, invocations: readonly Node[], creations: readonly Node[]): JavaServerSite[] {
  const sites: JavaServerSite[] = [];
  for (const call of invocations) {
    const receiver = receiverOf(call);
    if (methodName(call) === 'builder' && receiver && file.imports.classOf(receiver) === 'io.undertow.Undertow') {
      const site = undertowSite(file, call);
      if (site) sites.push(site);
    }
  }
  for (const creation of creations) {
    const type = creation.childForFieldName('type');
    const className = type ? file.imports.classOf(type) : null;
    let site: JavaServerSite | null = null;
    if (className === 'io.vertx.core.http.HttpServerOptions') site = vertxSite(file, creation);
    else if (className === 'org.eclipse.jetty.server.ServerConnector') site = connectorSite(file, creation);
    else if (className === 'org.apache.catalina.startup.Tomcat') site = tomcatSite(file, creation);
    if (site) sites.push(site);
  }
  return sites;
}

function undertowSite(file: JavaFile, root: Node): JavaServerSite | null {
  const configured = configure(root, 'build');
  if (configured.open) return null;
  const written = idleCalls(file, undertowServer, configured.calls);
  const noRequest = written.find((entry) => entry.setter.role === 'idle');
  const replace = written.map((entry) => ({ range: rangeOf(entry.value), ms: entry.ms }));
  const insert = noRequest ? null : configured.build ? beforeCall(file.text, configured.build) : afterExpression(file.text, configured.expression);
  const end = configured.build ?? configured.expression;
  // Unwritten, NO_REQUEST_TIMEOUT is the builder's 60 s: an IDLE_TIMEOUT above it changes nothing.
  const builderDefault = undertowServer.defaults.keepAliveTimeoutMs.values[0]!.ms;
  const decides = noRequest || written.some((entry) => entry.ms === undefined || builderDefault === null || entry.ms < builderDefault) ? written : [];
  return siteOf(undertowServer, 'Undertow.builder()', [root.startIndex, end.endIndex], [root.startIndex, root.childForFieldName('name')!.endIndex], effective(decides), {
    kind: 'undertow',
    replace,
    insert,
  });
}

function vertxSite(file: JavaFile, creation: Node): JavaServerSite | null {
  const configured = configure(creation, null);
  if (configured.open) return null;
  const idleCall = configured.calls.filter((call) => methodName(call) === 'setIdleTimeout').at(-1);
  const unitCall = configured.calls.filter((call) => methodName(call) === 'setIdleTimeoutUnit').at(-1);
  const unitArgument = unitCall ? argumentsOf(unitCall)[0] : undefined;
  const unitMs = unitArgument ? file.values.unitMs(unitArgument) : 1000;
  const value = idleCall ? argumentsOf(idleCall)[0] : undefined;
  const amount = value ? file.values.number(value) : undefined;
  const written: WrittenIdle[] = idleCall && value ? [{ setter: vertxServer.idleSetters[0]!, call: idleCall, value, ms: amount === undefined || unitMs === undefined ? undefined : amount * unitMs }] : [];
  const fix: ServerFix = {
    kind: 'vertx',
    value: value ? rangeOf(value) : null,
    unit: unitArgument ? rangeOf(unitArgument) : null,
    afterValue: idleCall && !unitArgument ? idleCall.endIndex : null,
    insert: idleCall ? null : afterExpression(file.text, configured.expression),
  };
  return siteOf(vertxServer, 'new HttpServerOptions()', rangeOf(creation), [creation.startIndex, creation.childForFieldName('type')!.endIndex], effective(written), fix);
}

function connectorSite(file: JavaFile, creation: Node): JavaServerSite | null {
  const configured = configure(creation, null);
  if (configured.open) return null;
  const written = idleCalls(file, jettyServer, configured.calls);
  const last = written.at(-1);
  let statement: Extract<ServerFix, { kind: 'setter' }>['statement'] = null;
  const declaration = statementOf(creation);
  if (!last && configured.variable?.scope === 'local' && declaration?.type === 'local_variable_declaration') {
    statement = { ...afterStatement(file.text, declaration), before: false, text: 'setIdleTimeout', receiver: configured.variable.name };
  }
  return siteOf(jettyServer, 'new ServerConnector(…)', rangeOf(creation), [creation.startIndex, creation.childForFieldName('type')!.endIndex], effective(last ? [last] : []), {
    kind: 'setter',
    value: last ? { range: rangeOf(last.value), asString: false } : null,
    statement,
  });
}

/**
 * Embedded Tomcat: the connector settings written in the same method as `new Tomcat()` (or anywhere in the class for
 * a field). `keepAliveTimeout` falls back to `connectionTimeout`, then to 60 s.
 */
function tomcatSite(file: JavaFile, creation: Node): JavaServerSite | null {
  const configured = configure(creation, null);
  const region = configured.variable?.scope === 'field' ? file.root : enclosingMethod(creation);
  if (!region) return null;
  const calls = region.descendantsOfType('method_invocation').filter((call) => embeddedTomcat.idleSetters.some((setter) => setter.method === methodName(call)));
  const written = idleCalls(file, embeddedTomcat, calls);
  const idle = written.filter((entry) => entry.setter.role === 'idle');
  const chosen = idle.length > 0 ? idle : written.filter((entry) => entry.setter.role === 'fallback');
  const last = idle.at(-1);
  let statement: Extract<ServerFix, { kind: 'setter' }>['statement'] = null;
  if (!last && configured.variable) {
    const start = region.descendantsOfType('method_invocation').find((call) => methodName(call) === 'start' && receiverOf(call)?.text === configured.variable!.name);
    const startStatement = start ? statementOf(start) : null;
    if (startStatement?.type === 'expression_statement' && same(unwrap(startStatement.namedChild(0)!), start!)) {
      statement = { at: startStatement.startIndex, before: true, indent: indentAt(file.text, startStatement.startIndex), text: 'tomcat', receiver: configured.variable.name };
    }
  }
  return siteOf(embeddedTomcat, 'new Tomcat()', rangeOf(creation), [creation.startIndex, creation.childForFieldName('type')!.endIndex], effective(chosen.length > 0 ? [chosen.at(-1)!] : []), {
    kind: 'setter',
    value: last ? { range: rangeOf(last.value), asString: last.setter.asString === true } : null,
    statement,
  });
}

/** The calls among `calls` that set the product's idle timeout, with their values. */
function idleCalls(file: JavaFile, product: JavaServerProduct, calls: readonly Node[]): WrittenIdle[] {
  const written: WrittenIdle[] = [];
  for (const call of calls) {
    const args = argumentsOf(call);
    for (const setter of product.idleSetters) {
      if (setter.method !== methodName(call)) continue;
      if (setter.option !== undefined && !(args.length === 2 && namesOption(file, args[0]!, setter.option))) continue;
      if (setter.option === undefined && args.length !== 1) continue;
      const value = args.at(-1)!;
      const raw = setter.asString ? file.values.string(value) : undefined;
      const ms = setter.asString ? (raw !== undefined && /^\s*-?\d+\s*$/.test(raw) ? Number(raw) : undefined) : file.values.number(value);
      written.push({ setter, call, value, ms: ms === undefined ? undefined : ms * (setter.unit === 's' ? 1000 : 1) });
    }
  }
  return written;
}

/** `UndertowOptions.NO_REQUEST_TIMEOUT` (or the static import), `"keepAliveTimeout"`. */
function namesOption(file: JavaFile, argument: Node, option: string): boolean {
  const expression = unwrap(argument);
  if (option.startsWith('"')) return file.values.string(expression) === option.slice(1, -1);
  const [className, field] = option.split('.') as [string, string];
  if (expression.type === 'field_access') {
    return expression.childForFieldName('field')?.text === field && file.values.isClass(expression.childForFieldName('object')!, className === 'UndertowOptions' ? UNDERTOW_OPTIONS : className);
  }
  return expression.type === 'identifier' && expression.text === field && file.imports.staticMember(field, UNDERTOW_OPTIONS) !== null;
}

/** The setting that decides: the lowest written idle timer (Undertow's two both close idle connections). */
function effective(written: readonly WrittenIdle[]): ServerSetting {
  if (written.length === 0) return { source: 'default', defaults: { of: 'framework', values: [] } };
  if (written.some((entry) => entry.ms === undefined)) return { source: 'unknown' };
  const lowest = written.reduce((low, entry) => (entry.ms! < low.ms! ? entry : low));
  const valueRange = rangeOf(lowest.value);
  const setting: ServerOptionSetting = {
    source: 'explicit',
    via: 'option',
    value: lowest.ms,
    option: lowest.setter.option ? `${methodName(lowest.call)}(${lowest.setter.option})` : methodName(lowest.call)!,
    range: [lowest.call.childForFieldName('name')!.startIndex, lowest.call.endIndex],
    valueRange,
    text: lowest.value.text,
  };
  return setting;
}

const CONCEPTS: readonly ServerConcept[] = ['keepAliveTimeoutMs', 'headersTimeoutMs', 'requestTimeoutMs'];

function siteOf(product: JavaServerProduct, label: string, range: TextRange, calleeRange: TextRange, idle: ServerSetting, fix: ServerFix): JavaServerSite {
  const settings = {} as Record<ServerConcept, ServerSetting>;
  for (const concept of CONCEPTS) settings[concept] = { source: 'default', defaults: product.defaults[concept] };
  settings.keepAliveTimeoutMs = idle.source === 'default' ? { source: 'default', defaults: product.defaults.keepAliveTimeoutMs } : idle;
  return { kind: 'server', framework: product, label, range, calleeRange, settings, fix };
}

