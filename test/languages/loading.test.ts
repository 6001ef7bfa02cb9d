import assert from 'node:assert/strict';
import { inFreshProcess, paths } from './fresh-process';
import { JAVA_WITH_DIRECTIVES } from './samples';

describe('loading the tree-sitter runtime and grammars', () => {
  it('requiring the plugin and linting JavaScript loads no tree-sitter module', () => {
    const loaded = inFreshProcess<{ afterRequire: string[]; afterJavaScriptLint: string[] }>(`
      const treeSitterModules = () => Object.keys(require.cache).filter((file) => /web-tree-sitter|[\\\\/]dist[\\\\/]languages[\\\\/](java|go|tree-sitter)[\\\\/]/.test(file));
      const keepalive = require(${paths.plugin});
      const afterRequire = treeSitterModules();
      const { ESLint } = require(${paths.eslint});
      const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [keepalive.configs.recommended] });
      const [result] = await eslint.lintText("const http = require('node:http'); new http.Agent({ keepAlive: true });", { filePath: 'client.js' });
      if (result.messages.length === 0) throw new Error('the JavaScript rules did not run');
      report({ afterRequire, afterJavaScriptLint: treeSitterModules() });
    `);
    assert.deepEqual(loaded, { afterRequire: [], afterJavaScriptLint: [] });
  });

  it('loads the runtime when a language is first used, and only that language’s grammar', () => {
    const steps = inFreshProcess<{ languageRead: boolean; javaReady: boolean; goParse: unknown }>(`
      const runtimeLoaded = () => Object.keys(require.cache).some((file) => file.includes('web-tree-sitter'));
      const keepalive = require(${paths.plugin});
      const java = keepalive.languages.java;
      const languageRead = runtimeLoaded();
      await java.ready;
      const javaReady = runtimeLoaded();
      const goParse = keepalive.languages.go.parse({ path: 'main.go', physicalPath: 'main.go', bom: false, body: 'package main' });
      report({ languageRead, javaReady, goParse });
    `);
    assert.deepEqual(steps, {
      languageRead: false,
      javaReady: true,
      goParse: {
        ok: false,
        errors: [
          {
            message: 'the tree-sitter go grammar is still loading: await plugin.languages.go.ready before the first Linter#verify or ESLint#lintText',
            line: 1,
            column: 1,
          },
        ],
      },
    });
  });

  it('Linter#verify before the grammar is ready gives a clear Parsing error, after `await ready` the findings', () => {
    const runs = inFreshProcess<{ before: unknown[]; after: unknown[] }>(`
      const { Linter } = require(${paths.eslint});
      const keepalive = require(${paths.plugin});
      const config = [
        { plugins: { keepalive, test: { rules: { 'build-call': require(${paths.buildCallRule}) } } } },
        { files: ['**/*.java'], language: 'keepalive/java', rules: { 'test/build-call': 'error' } },
      ];
      const linter = new Linter();
      const summary = (messages) => messages.map(({ ruleId, line, column, fatal, message }) => ({ ruleId, line, column, fatal, message }));
      const before = summary(linter.verify(${JSON.stringify(JAVA_WITH_DIRECTIVES)}, config, { filename: 'Client.java' }));
      await keepalive.languages.java.ready;
      const after = summary(linter.verify(${JSON.stringify(JAVA_WITH_DIRECTIVES)}, config, { filename: 'Client.java' }));
      report({ before, after });
    `);
    assert.deepEqual(runs.before, [
      {
        ruleId: null,
        line: 1,
        column: 1,
        fatal: true,
        message: 'Parsing error: the tree-sitter java grammar is still loading: await plugin.languages.java.ready before the first Linter#verify or ESLint#lintText',
      },
    ]);
    assert.deepEqual(
      runs.after.map((message) => (message as { line: number }).line),
      [3, 11, 12],
    );
  });
});
