import type * as TreeSitter from 'web-tree-sitter';
import { compileWasm } from './wasm-files';
import { wasm, type WasmInstance, type WasmModule } from './webassembly';

export type TreeSitterModule = typeof TreeSitter;

/** The part of Emscripten's module options used here (web-tree-sitter does not ship their type). */
interface RuntimeOptions {
  instantiateWasm(imports: Record<string, unknown>, receive: (instance: WasmInstance, module: WasmModule) => void): WasmInstance['exports'];
}

let loading: Promise<TreeSitterModule> | undefined;

/**
 * Loads web-tree-sitter once per process. Always its CommonJS build, through this one function: the ESM
 * build is a separate module instance whose runtime would stay uninitialised. The runtime's WebAssembly
 * is compiled and instantiated synchronously, so the promise settles within microtasks, before ESLint
 * gets from computing a file's config to parsing it.
 */
export function loadRuntime(): Promise<TreeSitterModule> {
  loading ??= initialise();
  return loading;
}

async function initialise(): Promise<TreeSitterModule> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first need, never by JS-only users
  const treeSitter = require('web-tree-sitter') as TreeSitterModule;
  const runtime = compileWasm('web-tree-sitter.wasm');
  const options: RuntimeOptions = {
    instantiateWasm(imports, receive) {
      const instance = new wasm.Instance(runtime, imports);
      receive(instance, runtime);
      return instance.exports;
    },
  };
  await treeSitter.Parser.init(options as Parameters<typeof treeSitter.Parser.init>[0]);
  return treeSitter;
}
