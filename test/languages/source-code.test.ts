import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import type { Node } from 'web-tree-sitter';
import type { TreeSitterSourceCode } from '../../eslint-plugin/src/languages/tree-sitter/source-code';
import buildCall = require('./build-call-rule');
import { GO_UNICODE, GO_WITH_DIRECTIVES, JAVA_UNICODE, JAVA_WITH_DIRECTIVES } from './samples';

const BUILD_CALLS = '(method_invocation name: (identifier) @name (#eq? @name "build")) @call';

/** The config a Linter user (the language server, a test) writes for Java and Go. */
const config: Linter.Config[] = [
  { plugins: { keepalive, test: { rules: { 'build-call': buildCall } } } } as Linter.Config,
  { files: ['**/*.java'], language: 'keepalive/java', rules: { 'test/build-call': 'error' } },
  { files: ['**/*.go'], language: 'keepalive/go', rules: { 'test/build-call': 'error' } },
];

function lint(text: string, filename: string): { messages: Linter.LintMessage[]; sourceCode: TreeSitterSourceCode } {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(text, config, { filename });
  return { messages, sourceCode: linter.getSourceCode() as unknown as TreeSitterSourceCode };
}

function namedDescendants(node: Node): Node[] {
  return node.namedChildren.flatMap((child) => (child ? [child, ...namedDescendants(child)] : []));
}

describe('the Java and Go SourceCode', () => {
  before(async () => {
    await keepalive.languages.java.ready;
    await keepalive.languages.go.ready;
  });

  it('tells its language and holds the tree-sitter tree, its root as the AST', () => {
    const java = lint(JAVA_WITH_DIRECTIVES, 'Client.java').sourceCode;
    const go = lint(GO_WITH_DIRECTIVES, 'main.go').sourceCode;
    assert.deepEqual([java.languageId, java.ast.type, go.languageId, go.ast.type], ['java', 'program', 'go', 'source_file']);
    assert.equal(java.tree.rootNode.id, java.ast.id);
    assert.equal(java.text, JAVA_WITH_DIRECTIVES);
  });

  it('hands out fresh node objects on each access: nodes compare by id', () => {
    const { sourceCode } = lint(JAVA_WITH_DIRECTIVES, 'Client.java');
    assert.notEqual(sourceCode.tree.rootNode, sourceCode.tree.rootNode);
    assert.equal(sourceCode.tree.rootNode.id, sourceCode.tree.rootNode.id);
  });

  it('compiles a query once per language and shares it between files', () => {
    const first = lint(JAVA_WITH_DIRECTIVES, 'Client.java').sourceCode;
    const second = lint(JAVA_UNICODE, 'Unicode.java').sourceCode;
    assert.equal(first.query(BUILD_CALLS), second.query(BUILD_CALLS));
    assert.deepEqual(
      first.matches(BUILD_CALLS).map((match) => match.captures.map((capture) => `${capture.name}=${first.getText(capture.node)}`)),
      ['pool', 'quiet', 'other', 'first', 'second', 'last'].map((receiver) => [`call=${receiver}.build()`, 'name=build']),
    );
  });

  it('lists comments as ESLint expects them, with ranges and locations that agree with the text', () => {
    const go = lint(GO_WITH_DIRECTIVES, 'main.go').sourceCode;
    assert.deepEqual(
      go.comments.map((comment) => [comment.type, comment.value]),
      [
        ['Line', ' eslint-disable-next-line test/build-call -- configured by the caller'],
        ['Line', ' eslint-disable-line test/build-call'],
        ['Block', ' eslint-disable test/build-call '],
        ['Block', ' eslint-enable test/build-call '],
      ],
    );
    for (const code of [go, lint(JAVA_WITH_DIRECTIVES, 'Client.java').sourceCode]) {
      for (const comment of code.comments) {
        const text = code.text.slice(...comment.range);
        assert.equal(text, comment.type === 'Line' ? `//${comment.value}` : `/*${comment.value}*/`);
        assert.deepEqual(comment.loc, { start: code.getLocFromIndex(comment.range[0]), end: code.getLocFromIndex(comment.range[1]) });
      }
    }
  });

  for (const [name, text, filename] of [
    ['Java', JAVA_UNICODE, 'Unicode.java'],
    ['Go', GO_UNICODE, 'unicode.go'],
  ] as const) {
    it(`needs no position conversion in ${name} with a BOM, CRLF, non-ASCII text and emoji`, () => {
      const { sourceCode, messages } = lint(text, filename);
      assert.equal(messages.length, 1);
      assert.equal(sourceCode.text, text.replace(/^\uFEFF/, ''));
      const nodes = namedDescendants(sourceCode.ast);
      assert.ok(nodes.length > 10);
      for (const node of nodes) {
        const [start, end] = sourceCode.getRange(node);
        assert.equal(sourceCode.text.slice(start, end), node.text, node.type);
        assert.deepEqual(sourceCode.getLoc(node), { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(end) }, node.type);
      }
      const [message] = messages;
      const line = sourceCode.lines[message!.line - 1]!;
      assert.match(line.slice(message!.column - 1), /^(build|Build)\(\)/);
    });
  }

  it('deletes the trees of older files, and says so when one is used', () => {
    const [oldest, ...newer] = ['A', 'B', 'C'].map((name) => lint(`class ${name} { void f() { p.build(); } }`, `${name}.java`).sourceCode);
    const deleted = { message: 'The tree of this java file was deleted to free memory: only the 2 files of a language parsed last keep theirs.' };
    assert.throws(() => oldest!.tree, deleted);
    assert.throws(() => oldest!.ast, deleted);
    assert.throws(() => oldest!.captures(BUILD_CALLS), deleted);
    for (const sourceCode of newer) assert.equal(sourceCode.captures(BUILD_CALLS).length, 2);
  });

  it('walks up from a node to the root through getAncestors', () => {
    const { sourceCode } = lint(JAVA_WITH_DIRECTIVES, 'Client.java');
    const [call] = sourceCode.captures(BUILD_CALLS).filter((capture) => capture.name === 'call');
    const ancestors = sourceCode.getAncestors(call!.node) as Node[];
    assert.deepEqual(
      ancestors.map((node) => node.type),
      ['program', 'class_declaration', 'class_body', 'method_declaration', 'block', 'expression_statement'],
    );
    assert.equal(ancestors[0]!.id, sourceCode.ast.id);
  });

  it('ignores language options, which a config object without `files` hands to every language', () => {
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify('class A { void f() { a.build(); } }', [{ languageOptions: { ecmaVersion: 2022, globals: { shared: 'readonly' } } }, ...config], {
      filename: 'A.java',
    });
    assert.deepEqual(
      messages.map((message) => message.ruleId),
      ['test/build-call'],
    );
  });

  it('refuses, at config time, a rule whose meta.languages leaves Java out', () => {
    const javascriptOnly = { meta: { languages: ['js/js'] }, create: () => ({}) };
    const linter = new Linter({ configType: 'flat' });
    assert.throws(
      () =>
        linter.verify('class A {}', [
          { plugins: { keepalive, js: { rules: { only: javascriptOnly } } } } as Linter.Config,
          { files: ['**/*.java'], language: 'keepalive/java', rules: { 'js/only': 'error' } },
        ], { filename: 'A.java' }),
      /do not support the language "keepalive\/java"/,
    );
  });
});
