import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wasm, type WasmModule } from './webassembly';

/**
 * Where the WebAssembly files can be: `dist/grammars/` of the package (this module is
 * `dist/languages/tree-sitter/`), or `grammars/` beside a bundle that has this module inlined.
 */
const FOLDERS = [join(__dirname, '..', '..', 'grammars'), join(__dirname, 'grammars')];

/** Compiles one of the shipped WebAssembly files (the runtime or a grammar) synchronously. */
export function compileWasm(fileName: string): WasmModule {
  const folder = FOLDERS.find((candidate) => existsSync(join(candidate, fileName)));
  if (folder === undefined) {
    throw new Error(`${fileName} is missing: looked in ${FOLDERS.join(' and ')}. Reinstall eslint-plugin-keepalive.`);
  }
  return new wasm.Module(readFileSync(join(folder, fileName)));
}
