import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import type { Node } from 'web-tree-sitter';
import type { TreeSitterSourceCode } from '../../eslint-plugin/src/languages/tree-sitter/source-code';
import buildCall = require('./build-call-rule');
import { GO_UNICODE, JAVA_UNICODE } from './samples';

// Incremental parsing for editors (`language.editedFiles`): an open file's next parse starts from its last tree.

const config: Linter.Config[] = [
  { plugins: { keepalive, test: { rules: { 'build-call': buildCall } } } } as Linter.Config,
  { files: ['**/*.java'], language: 'keepalive/java', rules: { 'test/build-call': 'error' } },
  { files: ['**/*.go'], language: 'keepalive/go', rules: { 'test/build-call': 'error' } },
];

function lint(text: string, filename: string): { messages: Linter.LintMessage[]; sourceCode: TreeSitterSourceCode } {
  // Rooted at / so that the absolute names below are inside the Linter's base path, as the language server does.
  const linter = new Linter({ configType: 'flat', cwd: '/' });
  const messages = linter.verify(text, config, { filename });
  return { messages, sourceCode: linter.getSourceCode() as unknown as TreeSitterSourceCode };
}

/** Every node with its offsets and rows/columns: two trees agree when these do. */
function layout(node: Node): string[] {
  const { startPosition: start, endPosition: end } = node;
  const own = `${node.type} ${node.startIndex}-${node.endIndex} ${start.row}:${start.column}-${end.row}:${end.column}`;
  return [own, ...node.children.flatMap((child) => (child ? layout(child) : []))];
}

/** The layout of a fresh parse of the same text: what an incremental parse must give. */
function freshLayout(text: string, language: 'java' | 'go'): string[] {
  return layout(lint(text, `/fresh/Reference.${language}`).sourceCode.ast);
}

function methodNamed(root: Node, name: string): Node {
  const found = root.descendantsOfType(['method_declaration', 'function_declaration']).find((node) => node?.childForFieldName('name')?.text === name);
  assert.ok(found, `no method ${name}`);
  return found;
}

/**
 * The id of a method's body block: a reused node keeps its id, a node read afresh gets a new one. (A Java method
 * declaration itself is never reused, a grammar ambiguity makes it fragile; its parts are.)
 */
function bodyId(root: Node, method: string): number {
  return methodNamed(root, method).childForFieldName('body')!.id;
}

const JAVA = `class Pools {
  void first() { a.build(); }
  void second() { b.build(); }
  void third() { c.build(); }
}
`;

const GO = `package pools

func first() { a.Build() }

func second() { b.Build() }

func third() { c.Build() }
`;

/** Edits a person makes, each from one text to the next: typing, deleting lines, pasting, replacing all. */
const JAVA_EDITS: ReadonlyArray<[string, (text: string) => string]> = [
  ['a character typed in a method', (text) => text.replace('b.build()', 'bb.build()')],
  ['a line deleted', (text) => text.replace('  void first() { a.build(); }\n', '')],
  ['two lines pasted at the start', (text) => `// pasted\n// twice\n${text}`],
  ['an edit that breaks the syntax', (text) => text.replace('c.build(); }', 'c.build(')],
  ['the syntax mended again', (text) => text.replace('c.build(', 'c.build(); }')],
  ['text with an emoji and CRLF lines before the change', (text) => `// 😀 é\r\n${text.replace('third', 'fourth')}`],
  ['everything replaced', () => JAVA_UNICODE.slice(1)],
  ['nothing changed', (text) => text],
];

describe('incremental parsing of the files an editor opens (editedFiles)', () => {
  const java = keepalive.languages.java;
  const go = keepalive.languages.go;
  before(async () => {
    await java.ready;
    await go.ready;
  });
  afterEach(() => {
    for (const path of ['/work/Pools.java', '/work/pools.go', '/work/Other.java']) {
      java.editedFiles.close(path);
      go.editedFiles.close(path);
    }
  });

  it('gives the tree a fresh parse gives, edit after edit, with the same findings', () => {
    java.editedFiles.open('/work/Pools.java');
    let text = JAVA;
    lint(text, '/work/Pools.java');
    for (const [what, edit] of JAVA_EDITS) {
      text = edit(text);
      const { sourceCode, messages } = lint(text, '/work/Pools.java');
      assert.deepEqual(layout(sourceCode.ast), freshLayout(text, 'java'), what);
      assert.deepEqual(
        messages.map((message) => [message.line, message.column]),
        lint(text, '/fresh/Same.java').messages.map((message) => [message.line, message.column]),
        what,
      );
    }
  });

  it('reuses the nodes the edit did not touch: they are the nodes of the last tree', () => {
    java.editedFiles.open('/work/Pools.java');
    const before = lint(JAVA, '/work/Pools.java').sourceCode;
    const after = lint(JAVA.replace('b.build()', 'bb.build()'), '/work/Pools.java').sourceCode;
    assert.equal(bodyId(after.ast, 'first'), bodyId(before.ast, 'first'));
    assert.equal(bodyId(after.ast, 'third'), bodyId(before.ast, 'third'));
    assert.notEqual(bodyId(after.ast, 'second'), bodyId(before.ast, 'second'));
  });

  it('works the same in Go, where rows count "\\n" only and columns UTF-16 units', () => {
    go.editedFiles.open('/work/pools.go');
    let text = GO;
    const before = lint(text, '/work/pools.go').sourceCode;
    text = text.replace('b.Build()', 'b.Build(); b.Build()');
    const after = lint(text, '/work/pools.go');
    // Compared before the reference parse: only the two files of a language parsed last keep their trees.
    assert.equal(bodyId(after.sourceCode.ast, 'first'), bodyId(before.ast, 'first'));
    assert.deepEqual(layout(after.sourceCode.ast), freshLayout(text, 'go'));
    assert.equal(after.messages.length, 4);
    text = GO_UNICODE.slice(1).replace('c.Build()', 'c.Build(); d.Build()');
    assert.deepEqual(layout(lint(text, '/work/pools.go').sourceCode.ast), freshLayout(text, 'go'));
  });

  it('keeps nothing for files nobody opened, as with the eslint command', () => {
    const first = lint(JAVA, '/work/Other.java').sourceCode;
    const second = lint(JAVA.replace('b.build()', 'bb.build()'), '/work/Other.java').sourceCode;
    assert.notEqual(bodyId(second.ast, 'first'), bodyId(first.ast, 'first'));
    assert.equal(java.editedFiles.size, 0);
  });

  it('forgets a closed file: its next parse reads it whole', () => {
    java.editedFiles.open('/work/Pools.java');
    const first = lint(JAVA, '/work/Pools.java').sourceCode;
    java.editedFiles.close('/work/Pools.java');
    assert.equal(java.editedFiles.size, 0);
    const second = lint(JAVA, '/work/Pools.java').sourceCode;
    assert.notEqual(bodyId(second.ast, 'first'), bodyId(first.ast, 'first'));
  });

  it('never moves the tree of an earlier SourceCode: its nodes keep the positions of its own text', () => {
    java.editedFiles.open('/work/Pools.java');
    const before = lint(JAVA, '/work/Pools.java').sourceCode;
    lint(`// a line above\n${JAVA}`, '/work/Pools.java');
    const third = methodNamed(before.ast, 'third');
    assert.equal(third.startIndex, JAVA.indexOf('void third'));
    assert.equal(before.getText(third), 'void third() { c.build(); }');
  });

  it('keeps the files of each language apart, and one tree per open file', () => {
    java.editedFiles.open('/work/Pools.java');
    go.editedFiles.open('/work/pools.go');
    java.editedFiles.open('/work/Pools.java');
    assert.deepEqual([java.editedFiles.size, go.editedFiles.size], [1, 1]);
  });
});
