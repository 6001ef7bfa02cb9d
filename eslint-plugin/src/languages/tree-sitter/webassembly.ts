// Node's `WebAssembly` global, typed here: TypeScript declares it only in its DOM library, which this
// package does not compile against. Just the synchronous constructors the loader uses.

/** A compiled WebAssembly module. */
export type WasmModule = object;

export interface WasmInstance {
  readonly exports: Record<string, unknown>;
}

interface WebAssemblyApi {
  readonly Module: new (bytes: Uint8Array) => WasmModule;
  readonly Instance: new (module: WasmModule, imports: Record<string, unknown>) => WasmInstance;
}

export const wasm = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
