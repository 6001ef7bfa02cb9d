import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import type { Node } from 'web-tree-sitter';
import type * as NodesByTypeModule from '../../eslint-plugin/src/languages/tree-sitter/nodes-by-type';
import type { TreeSitterSourceCode } from '../../eslint-plugin/src/languages/tree-sitter/source-code';

const dist = join(__dirname, '..', '..', '..', 'eslint-plugin', 'dist', 'languages');
const { NodesAroundWords, NodesByType } = require(join(dist, 'tree-sitter', 'nodes-by-type')) as typeof NodesByTypeModule;

// The word in calls nested in each other, in a comment and a string, inside a longer name, in two classes (one
// nested), and a call of the same type that holds no word.
const JAVA = `package billing;

class Outer {
  // custom() in a comment
  static Object first() {
    return HttpClients.custom().setMaxConnTotal(size(custom())).build();
  }
  String label = "custom";
  Object customized = notCustom();
  class Inner {
    Object second() { return wrap(HttpClientBuilder.create().build()); }
  }
}
`;

const GO = `package pools

import "net/http"

// http.Transport in a comment
var pool = &http.Transport{MaxIdleConns: wrap(http.DefaultTransport)}

func use() string {
	c := http.Client{Transport: pool}
	_ = httpish.Client{}
	return "http"
}
`;

function rootOf(text: string, language: 'java' | 'go'): Node {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(text, [{ files: [`**/*.${language}`], plugins: { keepalive }, language: `keepalive/${language}` } as Linter.Config], { filename: `file.${language}` });
  assert.deepEqual(messages, []);
  return (linter.getSourceCode() as unknown as TreeSitterSourceCode).ast;
}

/** What the index must hold: the nodes of a full walk that enclose an occurrence of a word, in document order. */
function expected(root: Node, text: string, words: RegExp, type: string): number[] {
  const occurrences = [...text.matchAll(words)].map((match) => match.index);
  return new NodesByType(root, [type])
    .of(type)
    .filter((node) => occurrences.some((at) => node.startIndex <= at && at < node.endIndex))
    .map((node) => node.startIndex);
}

describe('the nodes around the words a finder knows (NodesAroundWords)', () => {
  before(async () => {
    await keepalive.languages.java.ready;
    await keepalive.languages.go.ready;
  });

  it('holds the nodes of a full walk that enclose a word, in document order, outer before inner (Java)', () => {
    const root = rootOf(JAVA, 'java');
    const words = /\b(?:custom|create|class)\b/g;
    const types = ['method_invocation', 'class_declaration', 'field_declaration'] as const;
    const index = new NodesAroundWords(root, JAVA, words, types);
    for (const type of types) assert.deepEqual(index.of(type).map((node) => node.startIndex), expected(root, JAVA, words, type), type);
    const calls = index.of('method_invocation').map((node) => node.childForFieldName('name')?.text);
    // The chains' outer calls enclose their factory calls; `notCustom()` holds no whole word.
    assert.deepEqual(calls, ['build', 'setMaxConnTotal', 'custom', 'size', 'custom', 'wrap', 'build', 'create']);
    assert.deepEqual(index.of('class_declaration').map((node) => node.childForFieldName('name')?.text), ['Outer', 'Inner']);
    // The string "custom" is inside a field: found, as a full walk would offer it; the finder rejects it.
    assert.equal(index.of('field_declaration').length, 1);
  });

  it('holds the same for Go, where a package name is the word', () => {
    const root = rootOf(GO, 'go');
    const words = /\bhttp\b/g;
    const types = ['composite_literal', 'selector_expression', 'call_expression'] as const;
    const index = new NodesAroundWords(root, GO, words, types);
    for (const type of types) assert.deepEqual(index.of(type).map((node) => node.startIndex), expected(root, GO, words, type), type);
    assert.deepEqual(index.of('composite_literal').map((node) => node.childForFieldName('type')?.text), ['http.Transport', 'http.Client']);
  });

  it('is empty when no word occurs, and refuses a pattern that is not global', () => {
    const root = rootOf(GO, 'go');
    assert.deepEqual(new NodesAroundWords(root, GO, /\bnothing\b/g, ['composite_literal']).of('composite_literal'), []);
    assert.throws(() => new NodesAroundWords(root, GO, /\bhttp\b/, ['composite_literal']), /global/);
  });
});
