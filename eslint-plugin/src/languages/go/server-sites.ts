import type { Node } from 'web-tree-sitter';
import { goServer } from '../../catalog/go-net-http';
import type { ServerConcept } from '../../catalog/types';
import type { ServerSetting, ServerSite, TextRange } from '../../sites';
import { writtenText } from './client-sites';
import { fieldState, type FieldState } from './fields';
import type { GoImports } from './imports';
import type { GoNodes } from './nodes';
import type { Creation } from './objects';
import { durationMs, writtenRanges } from './settings';
import { fieldTarget, type FieldTarget } from './shapes';
import { calleeOf, rangeOf } from './syntax';
import type { ValueScope } from './values';

/** A Go HTTP server, with where a suggestion writes its fields. */
export interface GoServerSite extends ServerSite {
  /** `null`: a package-level helper (`http.ListenAndServe`) builds it, with no field to write. */
  readonly fields: FieldTarget | null;
  readonly writtenValues: ReadonlyMap<string, readonly TextRange[]>;
}

/** The `http.Server` fields behind each concept: the idle timeout and the two it falls back to. */
export const SERVER_FIELDS: Readonly<Record<ServerConcept, string>> = {
  keepAliveTimeoutMs: 'IdleTimeout',
  requestTimeoutMs: 'ReadTimeout',
  headersTimeoutMs: 'ReadHeaderTimeout',
};

/** Package-level functions that serve on a zero `http.Server{Addr, Handler}`: no timeout of any kind. */
const SERVE_HELPERS: ReadonlySet<string> = new Set(['ListenAndServe', 'ListenAndServeTLS', 'Serve', 'ServeTLS']);

export function serverSite(server: Creation, scope: ValueScope, text: string): GoServerSite {
  const settings = {} as Record<ServerConcept, ServerSetting>;
  const writtenValues = new Map<string, readonly TextRange[]>();
  for (const [concept, field] of Object.entries(SERVER_FIELDS) as [ServerConcept, string][]) {
    const state = fieldState(server, field, scope, text);
    settings[concept] = serverSetting(state, concept, field, server.escapes);
    writtenValues.set(field, writtenRanges(state));
  }
  return {
    kind: 'server',
    framework: goServer,
    label: writtenText(server, text),
    range: rangeOf(server.node),
    calleeRange: rangeOf(server.typeNode),
    settings,
    fields: fieldTarget(server, text),
    writtenValues,
  };
}

function serverSetting(state: FieldState, concept: ServerConcept, option: string, escapes: boolean): ServerSetting {
  if (state.kind === 'unknown' || (state.kind === 'unset' && escapes)) return { source: 'unknown' };
  if (state.kind === 'unset') return { source: 'default', defaults: goServer.defaults[concept] };
  const { final, assignments } = state;
  const value = final.value.known ? durationMs(final.value.value) : undefined;
  if (value === undefined) return { source: 'unknown' };
  const base = { source: 'explicit' as const, value, option, range: final.range, valueRange: final.valueRange, text: final.text };
  return final.via === 'option' ? { ...base, via: 'option' } : { ...base, via: 'assignment', assignments: assignments.map((each) => each.range) };
}

/** `http.ListenAndServe(addr, h)` and the other helpers: a server with every timeout at zero. */
export function helperServerSites(nodes: GoNodes, imports: GoImports): GoServerSite[] {
  const sites: GoServerSite[] = [];
  for (const call of nodes.of('call_expression')) {
    const callee = calleeOf(call);
    const name = packageFunction(callee, imports);
    if (!name || !SERVE_HELPERS.has(name)) continue;
    const settings = {} as Record<ServerConcept, ServerSetting>;
    for (const concept of Object.keys(SERVER_FIELDS) as ServerConcept[]) settings[concept] = { source: 'default', defaults: goServer.defaults[concept] };
    sites.push({
      kind: 'server',
      framework: goServer,
      label: `${callee!.text}()`,
      range: rangeOf(call),
      calleeRange: rangeOf(callee!),
      settings,
      fields: null,
      writtenValues: new Map(),
    });
  }
  return sites;
}

/** `http.Name` (or `Name` with a dot import) as a call's callee: the function's name. */
export function packageFunction(callee: Node | null, imports: GoImports): string | null {
  if (!callee) return null;
  if (callee.type === 'selector_expression') {
    const operand = callee.childForFieldName('operand');
    return operand?.type === 'identifier' && imports.http.has(operand.text) ? (callee.childForFieldName('field')?.text ?? null) : null;
  }
  return callee.type === 'identifier' && imports.httpDot ? callee.text : null;
}
