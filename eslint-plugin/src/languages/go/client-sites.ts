import type { Node } from 'web-tree-sitter';
import { goDefaultTransport, goTransport } from '../../catalog/go-net-http';
import type { ClientConcept, ClientLibrary } from '../../catalog/types';
import type { ClientSite, Setting, TextRange, WrittenOption } from '../../sites';
import { fieldState, literalElements, type FieldState } from './fields';
import type { GoImports } from './imports';
import { creationOf, isDefaultTransport, type Creation } from './objects';
import { clientSetting, defaultSetting, durationMs, explicitSetting, writtenOption, writtenRanges } from './settings';
import { fieldTarget, literalShape, statementBefore, type FieldTarget, type LiteralShape } from './shapes';
import { rangeOf, topLevelDeclaration, unparenthesized } from './syntax';
import type { ValueScope } from './values';

/** A Go client pool as suggestions need it: where its fields are written, as offsets. */
export interface GoClientSite extends ClientSite {
  /** How a field is added; `null` for a pool the code does not build (`http.Get`). */
  readonly fields: FieldTarget | null;
  /** Field → the ranges of its written values, replaced in place. */
  readonly writtenValues: ReadonlyMap<string, readonly TextRange[]>;
  /** An `http.Client` on `DefaultTransport`: a suggestion gives it its own clone of it, with the field set. */
  readonly ownTransport: OwnTransport | null;
}

export interface OwnTransport {
  /** The client's literal, where `Transport: <name>` is added. */
  readonly client: LiteralShape | null;
  /** Where the clone is set up: statements before the client's statement, or a package-level `var` before its declaration. */
  readonly at: number;
  readonly indent: string;
  readonly packageLevel: boolean;
  /** The variable the client is kept in, to name the transport after it. */
  readonly clientName: string | null;
  /** The file's name for net/http (`http`, `nethttp`). */
  readonly http: string;
}

/** `Transport` fields by concept; `KeepAlive` is read on the `net.Dialer` the transport dials with. */
const FIELDS: readonly (readonly [ClientConcept, string, (value: unknown) => unknown])[] = [
  ['idleTimeoutMs', 'IdleConnTimeout', durationMs],
  ['maxSockets', 'MaxConnsPerHost', count],
  ['maxFreeSockets', 'MaxIdleConnsPerHost', count],
];

const NOT_IN_GO: readonly ClientConcept[] = ['keepAliveCapMs', 'maxLifetimeMs', 'maxTotalSockets', 'socketTimeoutMs'];

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

export interface ClientContext {
  readonly creations: readonly Creation[];
  readonly imports: GoImports;
  readonly scope: ValueScope;
  readonly text: string;
  /** The file changes `http.DefaultTransport` itself: what uses it cannot be judged from its catalogue values. */
  readonly defaultTransportChanged: boolean;
}

export function transportSite(transport: Creation, context: ClientContext): GoClientSite {
  const library = transport.how === 'clone' ? goDefaultTransport : goTransport;
  const { text, scope } = context;
  const states = new Map<string, FieldState>();
  const state = (field: string) => {
    let found = states.get(field);
    if (!found) states.set(field, (found = fieldState(transport, field, scope, text)));
    return found;
  };
  const settings = {} as Record<ClientConcept, Setting>;
  for (const [concept, field, convert] of FIELDS) settings[concept] = clientSetting(state(field), library, concept, field, transport.escapes, convert);
  settings.keepAlive = keepAliveSetting(state('DisableKeepAlives'), state('MaxIdleConnsPerHost'), library, transport.escapes);
  const dialer = dialerKeepAlive(transport, state, library, context);
  settings.tcpKeepAliveMs = dialer.setting;
  for (const concept of NOT_IN_GO) settings[concept] = { source: 'unknown' };
  const entries = new Map<string, WrittenOption>();
  for (const [, field, convert] of FIELDS) addEntry(entries, field, state(field), convert);
  addEntry(entries, 'DisableKeepAlives', state('DisableKeepAlives'), (value) => value);
  if (dialer.written) entries.set('KeepAlive', dialer.written);
  const writtenValues = new Map<string, readonly TextRange[]>();
  for (const field of [...FIELDS.map(([, name]) => name), 'DisableKeepAlives']) writtenValues.set(field, writtenRanges(state(field)));
  const maybeSet = [...states.values()].some((each) => each.kind === 'unknown');
  return {
    kind: 'client',
    library,
    constructor: {},
    label: `${typeText(transport, text)}`,
    written: writtenText(transport, text),
    range: rangeOf(transport.node),
    calleeRange: rangeOf(transport.typeNode),
    options: { entries, open: transport.escapes || maybeSet },
    settings,
    fields: fieldTarget(transport, text),
    writtenValues,
    ownTransport: null,
  };
}

function addEntry(entries: Map<string, WrittenOption>, field: string, state: FieldState, convert: (value: unknown) => unknown): void {
  const option = writtenOption(state, convert);
  if (option) entries.set(field, option);
}

/** `DisableKeepAlives: true`, or a negative `MaxIdleConnsPerHost` written as such: no idle pool at all. */
function keepAliveSetting(disable: FieldState, perHost: FieldState, library: ClientLibrary, escapes: boolean): Setting {
  if (disable.kind === 'unknown') return { source: 'unknown', option: 'DisableKeepAlives' };
  if (disable.kind === 'set') {
    const value = disable.final.value;
    return value.known && typeof value.value === 'boolean' ? explicitSetting(disable.final, 'DisableKeepAlives', !value.value) : { source: 'unknown', option: 'DisableKeepAlives' };
  }
  if (perHost.kind === 'set' && perHost.final.value.known && typeof perHost.final.value.value === 'number' && perHost.final.value.value < 0) {
    return explicitSetting(perHost.final, 'MaxIdleConnsPerHost', false);
  }
  return escapes ? { source: 'unknown', option: 'DisableKeepAlives' } : defaultSetting(library, 'keepAlive');
}

/**
 * TCP keepalive of the `net.Dialer` in `DialContext: (&net.Dialer{KeepAlive: d}).DialContext` (or a dialer kept in
 * a variable). Go rounds the period up to whole seconds on Linux (`net/tcpsockopt_unix.go`), so the value is given
 * as Go applies it; a negative one turns the probes off.
 */
function dialerKeepAlive(
  transport: Creation,
  state: (field: string) => FieldState,
  library: ClientLibrary,
  context: ClientContext,
): { setting: Setting; written?: WrittenOption } {
  const dial = [state('DialContext'), state('Dial')];
  if (dial.some((each) => each.kind === 'unknown')) return { setting: { source: 'unknown', option: 'KeepAlive' } };
  const set = dial.find((each): each is Extract<FieldState, { kind: 'set' }> => each.kind === 'set');
  if (!set) return { setting: transport.escapes ? { source: 'unknown', option: 'KeepAlive' } : defaultSetting(library, 'tcpKeepAliveMs') };
  const dialer = dialerOf(set.final.valueNode, context.creations);
  if (!dialer) return { setting: { source: 'unknown', option: 'KeepAlive' } };
  const keepAlive = fieldState(dialer, 'KeepAlive', context.scope, context.text);
  if (keepAlive.kind === 'unset' && !dialer.escapes) {
    return { setting: { source: 'default', value: 15000, catalogSource: 'golang/go:src/net/dial.go:17, 433-440 @ go1.19.8 (KeepAlive 0: defaultTCPKeepAlive = 15 * time.Second)' } };
  }
  if (keepAlive.kind !== 'set' || !keepAlive.final.value.known || typeof keepAlive.final.value.value !== 'number') return { setting: { source: 'unknown', option: 'KeepAlive' } };
  const ms = keepAlive.final.value.value / 1e6;
  const written = writtenOption(keepAlive, durationMs);
  if (ms < 0) return { setting: { source: 'default', value: null, catalogSource: 'golang/go:src/net/dial.go:433 @ go1.19.8 (KeepAlive < 0: no TCP keepalive)' }, written };
  const applied = ms === 0 ? 15000 : Math.ceil(ms / 1000) * 1000;
  return { setting: explicitSetting(keepAlive.final, 'KeepAlive', applied), written };
}

/** The dialer behind `(&net.Dialer{…}).DialContext` or `dialer.DialContext`. */
function dialerOf(value: Node, creations: readonly Creation[]): Creation | undefined {
  const selector = unparenthesized(value);
  if (selector.type !== 'selector_expression') return undefined;
  const method = selector.childForFieldName('field')?.text;
  if (method !== 'DialContext' && method !== 'Dial') return undefined;
  const found = creationOf(selector.childForFieldName('operand')!, creations);
  return found?.type === 'Dialer' ? found : undefined;
}

/**
 * An `http.Client` whose `Transport` is unset, `nil` or `http.DefaultTransport` sends through DefaultTransport (90 s
 * idle). A client whose transport is set elsewhere, or that escapes with it unset, is not a site.
 */
export function defaultClientSite(client: Creation, context: ClientContext): GoClientSite | null {
  if (context.defaultTransportChanged) return null;
  const { text, scope, imports } = context;
  const transport = fieldState(client, 'Transport', scope, text);
  if (transport.kind === 'unknown' || (transport.kind === 'unset' && client.escapes)) return null;
  if (transport.kind === 'set' && !(transport.final.value.known && transport.final.value.value === null) && !isDefaultTransport(transport.final.valueNode, imports)) return null;
  const http = client.typeNode.childForFieldName('package')?.text ?? [...imports.http][0] ?? 'http';
  const before = statementBefore(client.node, text);
  const top = before ? null : topLevelDeclaration(client.node);
  const ownTransport: OwnTransport | null =
    before || top
      ? {
          client: client.literal && !literalElements(client.literal).has('Transport') ? literalShape(client.literal) : null,
          at: before ? before.at : lineStart(text, top!.startIndex),
          indent: before ? before.indent : '',
          packageLevel: !before,
          clientName: client.binding?.name ?? null,
          http,
        }
      : null;
  return defaultTransportSite(client, typeText(client, text), writtenText(client, text), rangeOf(client.node), rangeOf(client.typeNode), ownTransport);
}

/** `http.Get(…)` and the other helpers, `http.DefaultClient`: DefaultTransport, not built here (shown, not reported). */
export function implicitClientSite(label: string, written: string, range: TextRange, calleeRange: TextRange): GoClientSite {
  return defaultTransportSite(null, label, written, range, calleeRange, null);
}

function defaultTransportSite(client: Creation | null, label: string, written: string, range: TextRange, calleeRange: TextRange, ownTransport: OwnTransport | null): GoClientSite {
  const library = goDefaultTransport;
  const settings = {} as Record<ClientConcept, Setting>;
  for (const concept of ['keepAlive', 'idleTimeoutMs', 'maxSockets', 'maxFreeSockets', 'tcpKeepAliveMs'] as const) settings[concept] = defaultSetting(library, concept);
  for (const concept of NOT_IN_GO) settings[concept] = { source: 'unknown' };
  return {
    kind: 'client',
    library,
    constructor: {},
    label,
    written,
    range,
    calleeRange,
    options: { entries: new Map(), open: client?.escapes ?? false },
    settings,
    fields: null,
    writtenValues: new Map(),
    ownTransport,
  };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** `http.Transport`, `nethttp.Server`: the type as the file names it. */
export function typeText(creation: Creation, text: string): string {
  if (creation.how === 'clone') return `${text.slice(creation.typeNode.startIndex, creation.typeNode.endIndex)} clone`;
  return text.slice(creation.typeNode.startIndex, creation.typeNode.endIndex);
}

/** How messages quote a creation: `&http.Transport{}`, `new(http.Server)`, `var s http.Server`, the clone call. */
export function writtenText(creation: Creation, text: string): string {
  const type = text.slice(creation.typeNode.startIndex, creation.typeNode.endIndex);
  switch (creation.how) {
    case 'literal':
      return `${creation.node.type === 'unary_expression' ? '&' : ''}${type}{}`;
    case 'new':
      return `new(${type})`;
    case 'var':
      return `var ${creation.binding?.name ?? '_'} ${type}`;
    case 'clone':
      return text.slice(creation.node.startIndex, creation.node.endIndex).replace(/\s+/g, '');
  }
}
