#!/usr/bin/env node
'use strict';
// `npm run bench:languages [-- --iterations 50]`: what the Java and Go languages cost on a generated
// 2 000-line file each: loading the runtime and the grammar, parsing, compiling and running a query, and a
// whole `Linter#verify` with one root-visitor rule (the throughput on real code is `npm run bench:throughput`).
// Prints medians for later comparison; not a test.
const path = require('node:path');
const { parseArgs } = require('node:util');

const repoRoot = path.join(__dirname, '..', '..');
const SAMPLES = {
  java: {
    filename: 'Clients.java',
    text: javaText(2000),
    query: `(method_invocation
      object: (identifier) @class
      name: (identifier) @factory
      (#any-of? @class "HttpClients" "HttpClientBuilder" "RequestConfig")
      (#any-of? @factory "custom" "create" "createDefault")) @root
    (object_creation_expression type: (type_identifier) @type (#match? @type "ConnectionManager$|ConnectionPool$")) @new`,
  },
  go: {
    filename: 'clients.go',
    text: goText(2000),
    query: `(composite_literal
      type: (qualified_type package: (package_identifier) @package name: (type_identifier) @type)
      (#eq? @package "http") (#any-of? @type "Transport" "Server" "Client")) @literal
    (assignment_statement left: (expression_list (selector_expression field: (field_identifier) @field))
      (#any-of? @field "IdleConnTimeout" "IdleTimeout" "ReadTimeout")) @assignment`,
  },
};

function javaText(lines) {
  const head = ['package com.example.clients;', '', 'import java.util.concurrent.TimeUnit;', 'import org.apache.http.impl.client.HttpClients;', '', 'public class Clients {'];
  const body = [];
  for (let i = 0; body.length + head.length + 1 < lines; i++) {
    body.push(
      `  /** Client number ${i}: pooled, with its own limits. */`,
      `  public CloseableHttpClient client${i}(String host) {`,
      '    PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();',
      `    manager.setMaxTotal(${i + 10});`,
      '    manager.setDefaultMaxPerRoute(20); // per route',
      '    RequestConfig config = RequestConfig.custom()',
      '        .setConnectTimeout(5_000)',
      '        .setSocketTimeout(30_000)',
      '        .build();',
      '    return HttpClients.custom()',
      '        .setConnectionManager(manager)',
      '        .setDefaultRequestConfig(config)',
      '        .evictIdleConnections(4L, TimeUnit.SECONDS)',
      '        .build();',
      '  }',
      '',
    );
  }
  return [...head, ...body.slice(0, lines - head.length - 1), '}', ''].join('\n');
}

function goText(lines) {
  const head = ['package clients', '', 'import (', '\t"net/http"', '\t"time"', ')', ''];
  const body = [];
  for (let i = 0; body.length + head.length < lines; i++) {
    body.push(
      `// Client${i} talks to backend ${i}.`,
      `func Client${i}() *http.Client {`,
      '\ttransport := &http.Transport{',
      `\t\tMaxIdleConns:        ${i + 10},`,
      '\t\tMaxIdleConnsPerHost: 10,',
      '\t}',
      '\ttransport.IdleConnTimeout = 4 * time.Second',
      '\treturn &http.Client{Transport: transport, Timeout: 30 * time.Second}',
      '}',
      '',
      `func Server${i}(handler http.Handler) *http.Server {`,
      `\treturn &http.Server{Addr: ":${8000 + (i % 1000)}", Handler: handler, IdleTimeout: 65 * time.Second}`,
      '}',
      '',
    );
  }
  return [...head, ...body.slice(0, lines - head.length), ''].join('\n');
}

/** A rule shaped as the product rules will be: one root visitor, one cached query. */
function queryRule(query) {
  return {
    meta: { type: 'problem', messages: { found: 'found' }, languages: ['keepalive/java', 'keepalive/go'] },
    create(context) {
      const sourceCode = context.sourceCode;
      return {
        [sourceCode.ast.type]() {
          for (const match of sourceCode.matches(query)) context.report({ node: match.captures[0].node, messageId: 'found' });
        },
      };
    },
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(action) {
  const start = performance.now();
  const result = action();
  return { ms: performance.now() - start, result };
}

async function main() {
  const { values } = parseArgs({ options: { iterations: { type: 'string', default: '30' } } });
  const iterations = Number(values.iterations);
  if (!Number.isInteger(iterations) || iterations < 1) {
    process.stderr.write(`--iterations must be a whole number ≥ 1, got "${values.iterations}".\n`);
    return 2;
  }
  const start = performance.now();
  const keepalive = require(path.join(repoRoot, 'eslint-plugin'));
  const { Linter } = require('eslint');
  console.log(`node ${process.version}, ${iterations} iterations, medians in ms; require plugin + eslint: ${(performance.now() - start).toFixed(1)}`);
  console.log('| file | lines / KB | ready (runtime + grammar) | first parse | parse | query compile | query run | matches | Linter#verify |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [languageId, sample] of Object.entries(SAMPLES)) {
    const language = keepalive.languages[languageId];
    const loadStart = performance.now();
    await language.ready;
    const readyMs = performance.now() - loadStart;
    const file = { path: sample.filename, physicalPath: sample.filename, bom: false, body: sample.text };
    const first = time(() => language.parse(file));
    const parses = Array.from({ length: iterations }, () => {
      const parse = time(() => language.parse(file));
      parse.result.tree.delete(); // a tree no SourceCode holds: free its WebAssembly memory now
      return parse.ms;
    });
    const sourceCode = language.createSourceCode(file, first.result);
    const compile = time(() => sourceCode.query(sample.query));
    const runs = Array.from({ length: iterations }, () => time(() => sourceCode.matches(sample.query)));
    const config = [
      { plugins: { keepalive, bench: { rules: { query: queryRule(sample.query) } } } },
      { files: [`**/*.${languageId}`], language: `keepalive/${languageId}`, rules: { 'bench/query': 'error' } },
    ];
    const linter = new Linter({ configType: 'flat' });
    const verifies = Array.from({ length: iterations }, () => time(() => linter.verify(sample.text, config, { filename: sample.filename })).ms);
    const lines = sample.text.split('\n').length - 1;
    const row = [
      sample.filename,
      `${lines} / ${(Buffer.byteLength(sample.text) / 1024).toFixed(0)}`,
      readyMs.toFixed(1),
      first.ms.toFixed(1),
      median(parses).toFixed(1),
      compile.ms.toFixed(1),
      median(runs.map((run) => run.ms)).toFixed(1),
      runs[0].result.length,
      median(verifies).toFixed(1),
    ];
    console.log(`| ${row.join(' | ')} |`);
  }
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
