import { strict as assert } from 'node:assert';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { EditedTrees } from 'keepalive-lint-vscode/out/server/edited-trees';
import { inEditorLines } from 'keepalive-lint-vscode/out/server/editor-lines';
import { linterConfig, recommendedRules } from 'keepalive-lint-vscode/out/server/lint-config';
import { lintFilename } from 'keepalive-lint-vscode/out/server/paths';
import buildCall = require('../languages/build-call-rule');

describe('Java and Go documents: names, config, kept trees', () => {
  before(async () => {
    await keepalive.languages.java.ready;
    await keepalive.languages.go.ready;
  });

  it('lints a document under a name whose extension says the language the editor shows it in', () => {
    assert.equal(lintFilename('file:///w/src/Pool.java', 'java', '/w'), '/w/src/Pool.java');
    assert.equal(lintFilename('file:///w/main.go', 'go', '/w'), '/w/main.go');
    assert.equal(lintFilename('file:///w/notes/server.txt', 'go', '/w'), '/w/notes/server.txt.go');
    // The config's `**/*.java` matches as ESLint's globs do: case-sensitively.
    assert.equal(lintFilename('file:///w/OLD.JAVA', 'java', '/w'), '/w/OLD.JAVA.java');
    assert.equal(lintFilename('file:///w/Pool.java', 'javascript', '/w'), '/w/Pool.java.js');
    assert.equal(lintFilename('untitled:Untitled-1', 'java', '/w'), '/w/Untitled.java');
    assert.equal(lintFilename('untitled:Untitled-2', 'go', '/w'), '/w/untitled.go');
  });

  it('configures the plugin language for Java and Go names, and ESLint’s own for JavaScript', () => {
    const options = { jsx: false, settings: {}, rules: recommendedRules(), plugin: keepalive };
    const [java] = linterConfig('/w/Pool.java', options);
    const [go] = linterConfig('/w/main.go', options);
    const [js] = linterConfig('/w/pool.js', options);
    assert.deepEqual([java!.files, java!.language, java!.languageOptions], [['**/*.java'], 'keepalive/java', undefined]);
    assert.deepEqual([go!.files, go!.language], [['**/*.go'], 'keepalive/go']);
    assert.equal(js!.language, undefined);
    assert.equal(js!.languageOptions?.sourceType, 'module');
  });

  it('keeps one tree per open document and deletes it when the document no longer needs it', () => {
    const trees = new EditedTrees();
    const editedJava = keepalive.languages.java.editedFiles;
    const before = editedJava.size;
    trees.follow('file:///w/A.java', 'java', '/w/A.java');
    trees.follow('file:///w/A.java', 'java', '/w/A.java');
    trees.follow('untitled:Untitled-1', 'java', '/w/Untitled.java');
    trees.follow('untitled:Untitled-2', 'java', '/w/Untitled.java');
    assert.deepEqual([trees.size, editedJava.size - before], [3, 2]);
    // Two unsaved documents share a name: the tree stays until the last of them goes.
    trees.forget('untitled:Untitled-1');
    assert.equal(editedJava.size - before, 2);
    trees.forget('untitled:Untitled-2');
    assert.equal(editedJava.size - before, 1);
    // Shown as Go now: the Java tree goes, a Go one is kept.
    trees.follow('file:///w/A.java', 'go', '/w/A.java.go');
    assert.deepEqual([editedJava.size - before, trees.size], [0, 1]);
    trees.forget('file:///w/A.java');
    assert.equal(trees.size, 0);
  });

  it('puts Java findings on the editor’s lines where a lone CR ends a line for the editor only', () => {
    const text = 'class A {\r  void g() {}\r  void f() { p.build(); }\n}\n';
    const linter = new Linter({ configType: 'flat', cwd: '/' });
    const config: Linter.Config[] = [
      { plugins: { test: { rules: { 'build-call': buildCall } } }, files: ['**/*.java'], language: 'keepalive/java', rules: { 'test/build-call': 'error' } } as Linter.Config,
      { plugins: { keepalive } } as Linter.Config,
    ];
    const messages = linter.verify(text, config, { filename: '/w/A.java' });
    assert.deepEqual(
      messages.map((message) => [message.line, message.column]),
      [[1, 40]],
      'the Java language counts "\\n" only',
    );
    const [moved] = inEditorLines(messages, linter.getSourceCode() as never);
    assert.deepEqual([moved!.line, moved!.column, moved!.endLine, moved!.endColumn], [3, 16, 3, 21]);
  });
});
