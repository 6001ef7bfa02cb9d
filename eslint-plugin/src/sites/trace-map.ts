import { ReferenceTracker, type TraceMap } from '@eslint-community/eslint-utils';
import type { ClientLibrary, RequestApi, Requester } from '../catalog/types';
import type { PoolReferenceInfo } from './client-sites';

type TraceNode = Record<string | symbol, unknown>;

/**
 * Builds the ReferenceTracker trace map from the catalogue, so that adding a library is a catalogue entry:
 * `{ 'node:http': { Agent: { [CONSTRUCT]: info } }, agentkeepalive: { [CONSTRUCT]: info, HttpsAgent: … } }`.
 */
export function buildPoolTraceMap(libraries: readonly ClientLibrary[]): TraceMap<PoolReferenceInfo> {
  const map: Record<string, TraceNode> = {};
  for (const library of libraries) {
    for (const specifier of library.modules) {
      const root = (map[specifier] ??= {});
      for (const constructor of library.constructors) {
        let node = root;
        for (const key of constructor.path) node = (node[key] ??= {}) as TraceNode;
        node[ReferenceTracker.CONSTRUCT] = { library, constructor } satisfies PoolReferenceInfo;
      }
    }
  }
  return map as TraceMap<PoolReferenceInfo>;
}

/** What a request call's trace-map leaf carries. */
export interface RequestReferenceInfo {
  readonly requester: Requester;
  readonly call: RequestApi;
}

/**
 * Trace maps for request calls: one keyed by module specifier, one keyed by global name (`fetch`). A module's
 * `default` export is the module itself too (`require('axios').default.get`).
 */
export function buildRequestTraceMaps(requesters: readonly Requester[]): {
  modules: TraceMap<RequestReferenceInfo>;
  globals: TraceMap<RequestReferenceInfo>;
} {
  const modules: Record<string, TraceNode> = {};
  const globals: Record<string, TraceNode> = {};
  for (const requester of requesters) {
    for (const specifier of requester.modules) addCalls((modules[specifier] ??= {}), requester);
    for (const name of requester.globals) addCalls((globals[name] ??= {}), requester);
  }
  for (const root of Object.values(modules)) root['default'] ??= root;
  return { modules: modules as TraceMap<RequestReferenceInfo>, globals: globals as TraceMap<RequestReferenceInfo> };
}

function addCalls(root: TraceNode, requester: Requester): void {
  for (const call of requester.calls) {
    let node = root;
    for (const key of call.path) node = (node[key] ??= {}) as TraceNode;
    node[ReferenceTracker.CALL] = { requester, call } satisfies RequestReferenceInfo;
  }
}
