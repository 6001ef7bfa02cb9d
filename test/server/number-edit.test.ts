import { strict as assert } from 'node:assert';
import { Linter, type SourceCode } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { LINTED_FILES, languageOptionsFor } from 'eslint-plugin-keepalive/inspect';
import { lintDocument, parseKeyOf, type LintRequest } from 'keepalive-lint-vscode/out/server/document-linter';
import { reparseNumberEdit } from 'keepalive-lint-vscode/out/server/number-edit';
import { ParseCache } from 'keepalive-lint-vscode/out/server/parse-cache';
import { NUMBER_EDIT_SAMPLES, NUMBER_REWRITES, type NumberEditSample } from './number-edit-samples';

const RULES = keepalive.configs.strict.rules as Linter.RulesRecord;
const SETTINGS = { keepalive: { servers: ['node', 'nginx'], frontedBy: ['aws-alb'] } };

function config(sample: NumberEditSample): Linter.Config[] {
  return [{ files: [...LINTED_FILES], plugins: { keepalive }, languageOptions: languageOptionsFor(sample.filename, { jsx: sample.jsx }), settings: SETTINGS, rules: RULES }];
}

/** A fresh parse (and lint) of the text, the way ESLint does it: what the reused parse must equal. */
function freshLint(sample: NumberEditSample, text: string): { sourceCode: SourceCode; messages: Linter.LintMessage[] } | null {
  const linter = new Linter({ cwd: '/' });
  const messages = linter.verify(text, config(sample), { filename: sample.filename });
  return messages.some((message) => message.fatal) ? null : { sourceCode: linter.getSourceCode(), messages };
}

function lintWith(sample: NumberEditSample, sourceCode: SourceCode): Linter.LintMessage[] {
  return new Linter({ cwd: '/' }).verify(sourceCode, config(sample), { filename: sample.filename });
}

/** The tree, tokens and comments as data (without `parent` links), positions included. */
function snapshot(sourceCode: SourceCode): string {
  return JSON.stringify({ ast: sourceCode.ast, tokens: sourceCode.ast.tokens, comments: sourceCode.ast.comments }, (key, value: unknown) =>
    key === 'parent' ? undefined : typeof value === 'bigint' ? `${value}n` : value,
  );
}

function numberTokens(sourceCode: SourceCode): Array<{ start: number; end: number; raw: string }> {
  return sourceCode.ast.tokens.filter((token) => token.type === 'Numeric').map((token) => ({ start: token.range[0], end: token.range[1], raw: token.value }));
}

/** The tree the cache keeps for the request's document, left in the cache. */
function keptTree(cache: ParseCache, request: LintRequest): unknown {
  const kept = cache.take(parseKeyOf(request));
  if (kept) cache.keep(parseKeyOf(request), kept);
  return kept?.ast;
}

const DECIMAL = /^(?:[1-9][0-9_]*|0)?(?:\.[0-9]*)?(?:e[0-9]+)?$/;

describe('number edits reuse the previous parse', () => {
  for (const sample of NUMBER_EDIT_SAMPLES) {
    it(`gives the same tree, tokens and findings as a fresh parse for every edit of every number (${sample.name})`, () => {
      const original = freshLint(sample, sample.text);
      assert.ok(original, 'the sample parses');
      const numbers = numberTokens(original.sourceCode);
      assert.ok(numbers.length >= 5, `the sample has numbers to edit (${numbers.length})`);
      let reused = 0;
      for (const number of numbers) {
        for (const { name, rewrite, staysPlainNumber } of NUMBER_REWRITES) {
          const text = sample.text.slice(0, number.start) + rewrite(number.raw) + sample.text.slice(number.end);
          const previous = freshLint(sample, sample.text)!.sourceCode;
          const patched = reparseNumberEdit(previous, text);
          const fresh = freshLint(sample, text);
          const where = `${number.raw} at ${number.start}, ${name}`;
          if (staysPlainNumber && DECIMAL.test(number.raw) && number.raw !== '0') assert.ok(patched, `the parse is reused: ${where}`);
          if (!patched) continue;
          reused++;
          assert.ok(fresh, `only a text that parses reuses the parse: ${where}`);
          assert.equal(patched.text, text);
          assert.equal(snapshot(patched), snapshot(fresh.sourceCode), `tree and positions equal a fresh parse: ${where}`);
          assert.deepEqual(lintWith(sample, patched), fresh.messages, `findings equal a fresh lint: ${where}`);
        }
      }
      assert.ok(reused >= numbers.length * 4, `most edits reuse the parse (${reused} of ${numbers.length * NUMBER_REWRITES.length})`);
    });
  }

  it('does not reuse the parse for an edit outside a number, or across two tokens', () => {
    const sample = NUMBER_EDIT_SAMPLES[0]!;
    const edits = [
      sample.text.replace('keepAlive: true', 'keepAlive: false'),
      sample.text.replace('const SECOND', 'let SECOND'),
      sample.text.replace('timeout: 4000', 'timeout:4000'),
      sample.text.replace('4000, maxSockets', '4001,maxSockets'),
      sample.text.replace("'ok", "'okay"),
      sample.text.replace('/* after */', '/* later */'),
    ];
    for (const text of edits) {
      assert.notEqual(text, sample.text);
      assert.equal(reparseNumberEdit(freshLint(sample, sample.text)!.sourceCode, text), null, text.slice(0, 80));
    }
  });

  it('keeps one parse for the edited document and reuses it for its next number edit, across several edits', () => {
    const sample = NUMBER_EDIT_SAMPLES[0]!;
    const request = (text: string): LintRequest => ({ text, filename: sample.filename, jsx: false, settings: SETTINGS, rules: RULES, cwd: '/w', documentKey: 'file:///w/service.mjs' });
    const cache = new ParseCache();
    let text = sample.text;
    lintDocument(request(text), undefined, cache);
    const firstTree = keptTree(cache, request(text));
    assert.ok(firstTree, 'the parse was kept');
    for (const value of ['6000', '60000', '600', '5_000', '4000']) {
      text = text.replace(/timeout: [0-9_]+/, `timeout: ${value}`);
      const before = keptTree(cache, request(text));
      const outcome = lintDocument(request(text), undefined, cache);
      assert.equal(keptTree(cache, request(text)), before, `the tree was reused for timeout: ${value}`);
      assert.deepEqual(outcome, lintDocument(request(text)), `same outcome as a fresh lint for timeout: ${value}`);
    }
    text = text.replace('keepAlive: true', 'keepAlive: false');
    lintDocument(request(text), undefined, cache);
    assert.notEqual(keptTree(cache, request(text)), firstTree, 'another edit parses afresh');
  });

  it('turns off a rule that throws on a reused parse, and the other rules still report on it', () => {
    const explode = { meta: { type: 'problem', schema: [] }, create: () => ({ 'Program:exit'() { throw new Error('boom'); } }) };
    const plugin = { ...keepalive, rules: { ...keepalive.rules, explode } };
    const sample = NUMBER_EDIT_SAMPLES[1]!;
    const request = (text: string): LintRequest => ({ text, filename: sample.filename, jsx: false, settings: SETTINGS, rules: { ...RULES, 'keepalive/explode': 'error' }, cwd: '/w', documentKey: 'file:///w/agent.cjs' });
    const cache = new ParseCache();
    lintDocument(request(sample.text), plugin, cache);
    const before = keptTree(cache, request(sample.text));
    const text = sample.text.replace('freeSocketTimeout: 4000', 'freeSocketTimeout: 40000');
    const outcome = lintDocument(request(text), plugin, cache);
    assert.equal(keptTree(cache, request(text)), before, 'the parse was reused');
    assert.deepEqual(outcome.failedRules, [{ ruleId: 'keepalive/explode', error: 'boom' }]);
    assert.deepEqual(outcome.messages, lintDocument(request(text), plugin).messages);
    assert.ok(outcome.messages.length > 0);
  });
});
