import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import type * as TreeSitter from 'web-tree-sitter';
import type * as WasmFiles from '../../eslint-plugin/src/languages/tree-sitter/wasm-files';
import type { TreeSitterSourceCode } from '../../eslint-plugin/src/languages/tree-sitter/source-code';
import { pluginDir, repoRoot } from './temp-project';

const shippedGrammars = join(pluginDir, 'dist', 'grammars');
const bundledGrammars = join(repoRoot, 'extension', 'dist', 'grammars');
const WASM_SOURCES: Record<string, string> = {
  'web-tree-sitter.wasm': 'web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-java.wasm': 'tree-sitter-java/tree-sitter-java.wasm',
  'tree-sitter-go.wasm': 'tree-sitter-go/tree-sitter-go.wasm',
  // Terraform files, read by discovery (test/discovery parses them with it).
  'tree-sitter-hcl.wasm': '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm',
};
const LANGUAGE_SAMPLES = {
  java: { filename: 'A.java', text: 'class A { void f() { a.build(); } }' },
  go: { filename: 'a.go', text: 'package a\nfunc f() { a.Build() }\n' },
};

describe('the shipped WebAssembly files', () => {
  it('are the runtime and grammar files of the installed packages, in the plugin and beside the extension bundle', () => {
    for (const folder of [shippedGrammars, bundledGrammars]) {
      assert.deepEqual(readdirSync(folder).sort(), Object.keys(WASM_SOURCES).sort(), folder);
      for (const [file, source] of Object.entries(WASM_SOURCES)) {
        assert.ok(readFileSync(join(folder, file)).equals(readFileSync(require.resolve(source))), `${folder}/${file} differs from ${source}`);
      }
    }
  });

  for (const [languageId, sample] of Object.entries(LANGUAGE_SAMPLES)) {
    it(`load: the ${languageId} grammar works with the shipped runtime, its ABI within the runtime's range`, async () => {
      const language = keepalive.languages[languageId as keyof typeof LANGUAGE_SAMPLES];
      await language.ready;
      const linter = new Linter({ configType: 'flat' });
      const messages = linter.verify(sample.text, [{ files: [`**/${sample.filename}`], plugins: { keepalive } as Linter.Config['plugins'], language: `keepalive/${languageId}` }], { filename: sample.filename });
      assert.deepEqual(messages, []);
      const sourceCode = linter.getSourceCode() as unknown as TreeSitterSourceCode;
      assert.equal(sourceCode.ast.hasError, false);
      // The same module instance the plugin loaded (the CommonJS build), so its version constants are set.
      const runtime = require('web-tree-sitter') as typeof TreeSitter;
      const abi = sourceCode.tree.language.abiVersion;
      assert.ok(abi >= runtime.MIN_COMPATIBLE_VERSION && abi <= runtime.LANGUAGE_VERSION, `ABI ${abi}`);
    });
  }

  it('are in the published package', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: pluginDir, encoding: 'utf8' })) as [{ files: { path: string }[] }];
    const packed = pack.files.map((file) => file.path);
    for (const file of Object.keys(WASM_SOURCES)) assert.ok(packed.includes(`dist/grammars/${file}`), file);
  });

  it('missing, gives a message naming where it looked', () => {
    const { compileWasm } = require(join(pluginDir, 'dist', 'languages', 'tree-sitter', 'wasm-files')) as typeof WasmFiles;
    assert.throws(() => compileWasm('tree-sitter-cobol.wasm'), (error: Error) => {
      assert.match(error.message, /^tree-sitter-cobol\.wasm is missing: looked in .*dist[\\/]grammars and .*Reinstall eslint-plugin-keepalive\.$/);
      return true;
    });
  });
});
