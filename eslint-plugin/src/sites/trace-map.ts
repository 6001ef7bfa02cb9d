import { ReferenceTracker, type TraceMap } from '@eslint-community/eslint-utils';
import type { ClientLibrary } from '../catalog/types';
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
