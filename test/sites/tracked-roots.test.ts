import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Linter, type Rule } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import type * as Sites from '../../eslint-plugin/src/languages/js/sites';

const sites = require(join(__dirname, '..', '..', '..', 'eslint-plugin', 'dist', 'languages', 'js', 'sites')) as typeof Sites;

interface Verdict {
  readonly mayHold: boolean;
  /** Pools, requests and servers the full tracking pass finds, whatever the checks say. */
  readonly found: number;
}

/** What the checks that skip module tracking say about a file, next to what tracking really finds in it. */
function verdictOn(code: string, sourceType: 'module' | 'commonjs' = 'module', globals: Record<string, 'readonly'> = {}): Verdict {
  let verdict: Verdict | undefined;
  const probe: Rule.RuleModule = {
    create(context) {
      const sourceCode = context.sourceCode as never;
      const all = sites.findSites(sourceCode);
      verdict = { mayHold: sites.mayHoldSites(sourceCode), found: all.clients.length + all.requests.length + all.servers.length };
      return {};
    },
  };
  const config = {
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser, sourceType, globals },
    plugins: { probe: { rules: { roots: probe } } },
    rules: { 'probe/roots': 'error' },
  } as Linter.Config;
  assert.deepEqual(new Linter({ configType: 'flat' }).verify(code, [config], 'file.ts'), []);
  return verdict!;
}

describe('checks that skip module tracking', () => {
  it('let through every way a file loads a tracked module or reads a tracked global', () => {
    const loads: Array<[string, 'module' | 'commonjs']> = [
      ["import { Agent } from 'undici';\nnew Agent();", 'module'],
      ["import http = require('node:http');\nnew http.Agent();", 'module'],
      ["const http = require('http');\nnew http.Agent();", 'commonjs'],
      ["const https = process.getBuiltinModule('https');\nnew https.Agent();", 'commonjs'],
      ["const { request } = require(`undici`);\nrequest('http://x');", 'commonjs'],
      ["await fetch('http://x');", 'module'],
      ["const f = globalThis.fetch;\nawait f('http://x');", 'module'],
      ["import express from 'express';\nexpress().listen(3000);", 'module'],
    ];
    for (const [code, sourceType] of loads) {
      const verdict = verdictOn(code, sourceType);
      assert.ok(verdict.found > 0, `tracking finds a site in: ${code}`);
      assert.equal(verdict.mayHold, true, code);
    }
    assert.equal(verdictOn("export * from 'node:http';").mayHold, true);
  });

  it('skip files that only mention a tracked name, or load it through something else', () => {
    const mentions: Array<[string, 'module' | 'commonjs']> = [
      ["const scheme = 'http';\nexport const url = `${scheme}://x`;", 'module'],
      ["export const name = 'undici';\nexport function fetch() {}\nfetch();", 'module'],
      ["function require(id: string) { return id; }\nrequire('http');", 'commonjs'],
      ["const mod = require('constructor');\nmod('http');", 'commonjs'],
      ["import { Agent } from './undici';\nnew Agent();\nconst s = 'undici';", 'module'],
      ["const g = globalThis;\nexport const scheme = 'http';", 'module'],
    ];
    for (const [code, sourceType] of mentions) {
      const verdict = verdictOn(code, sourceType);
      assert.equal(verdict.found, 0, `no site in: ${code}`);
      assert.equal(verdict.mayHold, false, code);
    }
  });

  it('follow a declared global the same as an undeclared one', () => {
    const code = "const http = require('http');\nnew http.Agent();";
    assert.equal(verdictOn(code, 'commonjs', { require: 'readonly' }).mayHold, true);
    assert.equal(verdictOn("const g = globalThis;\nawait g.fetch('http://x');", 'module', { globalThis: 'readonly' }).mayHold, true);
  });
});
