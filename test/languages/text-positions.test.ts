import assert from 'node:assert/strict';
import { join } from 'node:path';
import { TextSourceCodeBase } from '@eslint/plugin-kit';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import type * as RangesModule from '../../eslint-plugin/src/inspection/ranges';
import type * as TextEditModule from '../../eslint-plugin/src/languages/tree-sitter/text-edit';
import type { TreeSitterSourceCode } from '../../eslint-plugin/src/languages/tree-sitter/source-code';

const dist = join(__dirname, '..', '..', '..', 'eslint-plugin', 'dist');
const { editBetween } = require(join(dist, 'languages', 'tree-sitter', 'text-edit')) as typeof TextEditModule;
const { TextPositions } = require(join(dist, 'inspection', 'ranges')) as typeof RangesModule;

// Offsets from text to lines and back, computed on every edit of an open file: each fast path must answer as the
// straightforward way does, whatever breaks the lines.

/** A Java file of about 10 000 characters: longer than the largest block `editBetween` compares at once. */
const LONG = Array.from({ length: 300 }, (_, index) => `  static int value${index}() { return ${index}; }\n`).join('');

/** Row and column of an offset as tree-sitter counts them: rows end at "\n". */
function point(text: string, offset: number): { row: number; column: number } {
  const before = text.slice(0, offset);
  return { row: before.split('\n').length - 1, column: offset - (before.lastIndexOf('\n') + 1) };
}

const BREAKS: ReadonlyArray<[string, string]> = [
  ['"\\n"', 'class A {\n  int a;\n\n  int b;\n}\n'],
  ['"\\r\\n"', 'class A {\r\n  int a;\r\n\r\n  int b;\r\n}\r\n'],
  ['a lone "\\r"', 'class A {\r  int a;\n  int b;\r}\n'],
  ['U+2028 and U+2029 in comments', 'class A {\n  // a\u2028b\n  /* c\u2029d */ int a;\n}\n'],
  ['blank lines before the code and no line end at the end', '\n\n  class A { int a; }'],
];

describe('text positions on every edit', () => {
  before(() => keepalive.languages.java.ready);

  it('editBetween finds the one changed span of a long text, wherever it is', () => {
    for (const offset of [0, 1, 15, 16, 17, 255, 256, 4095, 4096, 4097, 8191, LONG.length - 1]) {
      const replaced = LONG.slice(0, offset) + (LONG[offset] === '#' ? '@' : '#') + LONG.slice(offset + 1);
      assert.deepEqual(
        [editBetween(LONG, replaced).startIndex, editBetween(LONG, replaced).oldEndIndex, editBetween(LONG, replaced).newEndIndex],
        [offset, offset + 1, offset + 1],
        `a character replaced at ${offset}`,
      );
      const inserted = `${LONG.slice(0, offset)}xyz${LONG.slice(offset)}`;
      const edit = editBetween(LONG, inserted);
      // An insertion next to equal characters can be placed more than one way: any placement must describe it.
      assert.equal(LONG.slice(0, edit.startIndex) + inserted.slice(edit.startIndex, edit.newEndIndex) + LONG.slice(edit.oldEndIndex), inserted);
      assert.equal(edit.newEndIndex - edit.startIndex - (edit.oldEndIndex - edit.startIndex), 3);
      assert.deepEqual([edit.startPosition, edit.oldEndPosition, edit.newEndPosition], [point(LONG, edit.startIndex), point(LONG, edit.oldEndIndex), point(inserted, edit.newEndIndex)]);
      const removed = LONG.slice(0, offset) + LONG.slice(offset + 1);
      const removal = editBetween(LONG, removed);
      assert.equal(removal.oldEndIndex - removal.startIndex, 1, `a character removed at ${offset}`);
      assert.equal(removal.newEndIndex, removal.startIndex);
    }
    const same = editBetween(LONG, LONG.slice());
    assert.deepEqual([same.startIndex, same.oldEndIndex, same.newEndIndex], [LONG.length, LONG.length, LONG.length]);
    const all = editBetween(LONG, 'x');
    assert.deepEqual([all.startIndex, all.oldEndIndex, all.newEndIndex], [0, LONG.length, 1]);
  });

  for (const [what, text] of BREAKS) {
    it(`the Java and Go SourceCode locates every offset as ESLint's base class does, with ${what}`, () => {
      const linter = new Linter({ configType: 'flat' });
      linter.verify(text, [{ files: ['**/*.java'], plugins: { keepalive }, language: 'keepalive/java' } as Linter.Config], { filename: 'A.java' });
      const sourceCode = linter.getSourceCode() as unknown as TreeSitterSourceCode;
      for (let offset = 0; offset <= text.length; offset++) {
        assert.deepEqual(sourceCode.getLocFromIndex(offset), TextSourceCodeBase.prototype.getLocFromIndex.call(sourceCode, offset), `offset ${offset}`);
      }
      assert.throws(() => sourceCode.getLocFromIndex(text.length + 1), RangeError);
    });

    it(`the editor's positions count ESLint's line breaks, with ${what}`, () => {
      const positions = new TextPositions(text);
      const lineStarts = [0, ...[...text.matchAll(/\r\n|[\r\n\u2028\u2029]/g)].map((match) => match.index + match[0].length)];
      for (let offset = 0; offset <= text.length; offset++) {
        const line = lineStarts.filter((start) => start <= offset).length;
        assert.deepEqual(positions.positionOf(offset), { offset, line, column: offset - lineStarts[line - 1]! }, `offset ${offset}`);
      }
    });
  }
});
