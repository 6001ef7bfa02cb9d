// Copies the tree-sitter runtime and the Java, Go and HCL (Terraform) grammars (WebAssembly) into dist/grammars,
// where the published package and the extension's bundle load them from. Only these files are shipped: the
// grammar packages also carry C sources and native prebuilds the plugin never uses.
'use strict';
const { copyFileSync, mkdirSync } = require('node:fs');
const path = require('node:path');

const WASM_FILES = [
  'web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-java/tree-sitter-java.wasm',
  'tree-sitter-go/tree-sitter-go.wasm',
  '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm',
];

const target = path.join(__dirname, '..', 'dist', 'grammars');
mkdirSync(target, { recursive: true });
for (const file of WASM_FILES) {
  copyFileSync(require.resolve(file), path.join(target, path.basename(file)));
}
