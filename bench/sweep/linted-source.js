'use strict';
// The `SourceCode` of a file's text as the linter last built it, verified again when the linter has moved on
// (a suggestion check re-lints edited texts).

/** @returns {import('eslint').SourceCode} */
function sourceCodeOf(linter, file, text, config) {
  const sourceCode = linter.getSourceCode();
  if (sourceCode && sourceCode.text === text) return sourceCode;
  linter.verify(text, config, { filename: file });
  return linter.getSourceCode();
}

module.exports = { sourceCodeOf };
