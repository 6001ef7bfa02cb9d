import { ReferenceTracker, type TraceMap } from '@eslint-community/eslint-utils';
import type { JsClientLibrary, RequestApi, Requester, ServerConstructor, ServerFramework } from '../../catalog/types';
import type { PoolReferenceInfo } from './client-sites';

export type TraceNode = Record<string | symbol, unknown>;

/** What a request call's trace-map leaf carries. */
export interface RequestReferenceInfo {
  readonly requester: Requester;
  readonly call: RequestApi;
}

/** What a server or app construction's trace-map leaf carries. */
export interface ServerReferenceInfo {
  readonly framework: ServerFramework;
  readonly constructor: ServerConstructor;
}

/**
 * What one module export is to each site finder. A single export can be several things at once, so the leaf
 * carries each meaning under its own key instead of one finder's payload.
 */
export interface TrackedExport {
  readonly pool?: PoolReferenceInfo;
  /** `Agent.call(this, options)` in a function-style subclass: the pool constructor run on another object. */
  readonly baseCall?: PoolReferenceInfo;
  readonly request?: RequestReferenceInfo;
  readonly server?: ServerReferenceInfo;
}

export interface TraceMaps {
  /** Keyed by module specifier: pools, request calls and servers together, so one tracker walk finds them all. */
  readonly modules: TraceMap<TrackedExport>;
  /** Keyed by global name (`fetch`): request calls only. */
  readonly globals: TraceMap<RequestReferenceInfo>;
}

/**
 * Builds the ReferenceTracker trace maps from the catalogue, so that adding a library is a catalogue entry:
 * `{ 'node:http': { Agent: { [CONSTRUCT]: { pool } }, createServer: { [CALL]: { server } }, request: … } }`.
 * A module's `default` export is the module itself too (`require('axios').default.get`, `express_1.default()`).
 */
export function buildTraceMaps(catalog: {
  readonly clients: readonly JsClientLibrary[];
  readonly requesters: readonly Requester[];
  readonly servers: readonly ServerFramework[];
}): TraceMaps {
  const modules: Record<string, TraceNode> = {};
  const leaf = (specifier: string, path: readonly string[]) => {
    let node = (modules[specifier] ??= {});
    for (const key of path) node = (node[key] ??= {}) as TraceNode;
    return node;
  };
  for (const library of catalog.clients) {
    for (const specifier of library.modules) {
      for (const constructor of library.constructors) {
        const pool: PoolReferenceInfo = { library, constructor, specifier };
        mark(leaf(specifier, constructor.path), ReferenceTracker.CONSTRUCT, { pool });
        for (const method of ['call', 'apply']) mark(leaf(specifier, [...constructor.path, method]), ReferenceTracker.CALL, { baseCall: pool });
      }
    }
  }
  for (const requester of catalog.requesters) {
    for (const specifier of requester.modules) {
      for (const call of requester.calls) mark(leaf(specifier, call.path), ReferenceTracker.CALL, { request: { requester, call } });
    }
  }
  for (const framework of catalog.servers) {
    for (const specifier of framework.modules) {
      for (const constructor of framework.constructors) {
        const server = { framework, constructor };
        if (constructor.call) mark(leaf(specifier, constructor.path), ReferenceTracker.CALL, { server });
        if (constructor.construct) mark(leaf(specifier, constructor.path), ReferenceTracker.CONSTRUCT, { server });
      }
    }
  }
  for (const root of Object.values(modules)) root['default'] ??= root;

  const globals: Record<string, TraceNode> = {};
  for (const requester of catalog.requesters) {
    for (const name of requester.globals) {
      for (const call of requester.calls) {
        let node = (globals[name] ??= {});
        for (const key of call.path) node = (node[key] ??= {}) as TraceNode;
        node[ReferenceTracker.CALL] = { requester, call } satisfies RequestReferenceInfo;
      }
    }
  }
  return { modules: modules as TraceMap<TrackedExport>, globals: globals as TraceMap<RequestReferenceInfo> };
}

/** Adds one meaning to a leaf; a later entry of the same kind for the same export wins, as a plain map would. */
function mark(node: TraceNode, kind: symbol, meaning: TrackedExport): void {
  node[kind] = { ...(node[kind] as TrackedExport | undefined), ...meaning };
}
