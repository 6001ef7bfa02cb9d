import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import type { Node } from 'web-tree-sitter';
import type * as GoSyntax from '../../eslint-plugin/src/languages/go/syntax';
import type * as NodesByTypeModule from '../../eslint-plugin/src/languages/tree-sitter/nodes-by-type';
import type { TreeSitterSourceCode } from '../../eslint-plugin/src/languages/tree-sitter/source-code';

const dist = join(__dirname, '..', '..', '..', 'eslint-plugin', 'dist', 'languages');
const { identifiersNamed } = require(join(dist, 'go', 'syntax')) as typeof GoSyntax;
const { NodesByType } = require(join(dist, 'tree-sitter', 'nodes-by-type')) as typeof NodesByTypeModule;

// A name as a variable, a field, a package, inside a longer name, in a comment and a string, after a non-ASCII
// letter, and a shadowing declaration inside a function literal.
const SOURCE = `package pools

import "net/http"

// pool is shared: pool.Transport
var pool = &http.Transport{}
var poolSize, ÿpool = 2, 3

func use(c *http.Client) string {
	c.Transport = pool
	go func() { pool := http.DefaultTransport; _ = pool }()
	pool.IdleConnTimeout = 0
	return "pool" + c.pool
}
`;

function rootOf(text: string): Node {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(text, [{ files: ['**/*.go'], plugins: { keepalive }, language: 'keepalive/go' } as Linter.Config], { filename: 'pools.go' });
  assert.deepEqual(messages, []);
  return (linter.getSourceCode() as unknown as TreeSitterSourceCode).ast;
}

describe('whole-file searches of the Go finder', () => {
  before(() => keepalive.languages.go.ready);

  it('finds the identifiers of a name through the text: the ones a walk of every identifier finds, in order', () => {
    const root = rootOf(SOURCE);
    const walked = root.descendantsOfType('identifier').filter((node) => node.text === 'pool');
    const found = identifiersNamed(root, 'pool');
    assert.deepEqual(found.map((node) => node.startIndex), walked.map((node) => node.startIndex));
    // The declaration, `= pool`, the shadowing `pool :=` and its use, `pool.IdleConnTimeout`: no field, comment or string.
    assert.equal(found.length, 5);
    const inFunction = root.descendantsOfType('function_declaration')[0]!;
    assert.deepEqual(identifiersNamed(inFunction, 'pool').map((node) => node.startIndex), walked.slice(1).map((node) => node.startIndex));
    assert.deepEqual(identifiersNamed(root, 'missing'), []);
  });

  it('indexes the nodes of several types in one walk, each list in document order', () => {
    const root = rootOf(SOURCE);
    const nodes = new NodesByType(root, ['composite_literal', 'selector_expression', 'var_spec']);
    for (const type of ['composite_literal', 'selector_expression', 'var_spec'] as const) {
      assert.deepEqual(nodes.of(type).map((node) => node.startIndex), root.descendantsOfType(type).map((node) => node.startIndex), type);
    }
    assert.equal(nodes.of('var_spec').length, 2);
  });
});
