import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { pluginDir, TempProject } from './temp-project';

/**
 * The languages bundled as the extension bundles its language server (extension/esbuild.mjs: CommonJS,
 * web-tree-sitter aliased to its CommonJS build, the wasm files copied to grammars/ beside the bundle),
 * then run from another folder.
 */
const ENTRY = `
const { languages } = require(${JSON.stringify(join(pluginDir, 'dist', 'languages'))});
const calls = {
  java: ['A.java', 'class A { void f() { a.build(); } }', '(method_invocation name: (identifier) @name)'],
  go: ['a.go', 'package a\\nfunc f() { a.Build() }\\n', '(call_expression function: (selector_expression field: (field_identifier) @name))'],
};
(async () => {
  const found = {};
  for (const [id, [path, body, query]] of Object.entries(calls)) {
    const language = languages[id];
    await language.ready;
    const file = { path, physicalPath: path, bom: false, body };
    const sourceCode = language.createSourceCode(file, language.parse(file));
    found[id] = sourceCode.captures(query).map((capture) => capture.node.text);
  }
  process.stdout.write(JSON.stringify(found));
})();
`;

describe('the languages inside an esbuild bundle', () => {
  let project: TempProject;
  before(() => {
    project = new TempProject({ 'entry.js': ENTRY });
  });
  after(() => project.remove());

  it('load the runtime and grammars from grammars/ beside the bundle', () => {
    const bundleDir = project.path(join('extension', 'dist'));
    buildSync({
      entryPoints: [project.path('entry.js')],
      outfile: join(bundleDir, 'server.js'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'error',
      alias: { 'web-tree-sitter': require.resolve('web-tree-sitter') },
    });
    cpSync(join(pluginDir, 'dist', 'grammars'), join(bundleDir, 'grammars'), { recursive: true });
    const elsewhere = project.path('elsewhere');
    mkdirSync(elsewhere);
    const output = execFileSync(process.execPath, [join(bundleDir, 'server.js')], { cwd: elsewhere, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(output), { java: ['build'], go: ['Build'] });
  });
});
