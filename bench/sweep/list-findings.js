#!/usr/bin/env node
'use strict';
// `node bench/sweep/list-findings.js <folder>… [--settings '{"servers":["nginx"]}']`: every keepalive finding in the
// Java, JavaScript and TypeScript files of the folders, one line each (file:line rule: message), for judging by hand.
const { readFileSync } = require('node:fs');
const { dirname, relative, resolve } = require('node:path');
const { Linter } = require('eslint');
const keepalive = require('eslint-plugin-keepalive');
const { configFor, languageCandidates, listSourceFiles } = require('../lint/corpus');

async function main(argv) {
  const settingsAt = argv.indexOf('--settings');
  const settings = settingsAt >= 0 ? JSON.parse(argv[settingsAt + 1]) : {};
  const folders = argv.filter((arg, index) => index !== settingsAt && index !== settingsAt + 1).map((folder) => resolve(folder));
  if (folders.length === 0) {
    process.stderr.write('usage: list-findings.js <folder>… [--settings JSON]\n');
    return 2;
  }
  await keepalive.languages.java.ready;
  const rules = { ...keepalive.configs.strict.rules };
  let count = 0;
  for (const folder of folders) {
    const linter = new Linter({ cwd: dirname(folder) });
    for (const file of listSourceFiles(folder, /\.(?:java|[cm]?[jt]s|[jt]sx)$/)) {
      const text = readFileSync(file, 'utf8');
      for (const language of languageCandidates(file)) {
        const messages = linter.verify(text, configFor(language, { plugins: { keepalive }, rules, settings: { keepalive: settings } }), { filename: file });
        if (messages.some((message) => message.fatal)) continue;
        for (const message of messages.filter((found) => found.ruleId?.startsWith('keepalive/'))) {
          count++;
          console.log(`${relative(dirname(folder), file)}:${message.line}:${message.column} ${message.ruleId.slice('keepalive/'.length)}: ${message.message}`);
        }
        break;
      }
    }
  }
  console.log(`${count} findings`);
  return 0;
}

main(process.argv.slice(2)).then((code) => (process.exitCode = code));
