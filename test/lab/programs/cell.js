'use strict';
// One compiled client program against one lab server for some rounds: build (once per source and run),
// start the server, start the program, run the rounds, and stop both whatever happens.
const path = require('node:path');
const { compileJava } = require('../jvm/compile');
const { buildGo } = require('../go/build');
const { startClientProgram } = require('./client-program');
const { runProgramRounds } = require('./rounds');

/** Builds a `.java` or `.go` client source; resolves `{ command, args }`. */
function buildClient(source) {
  if (source.endsWith('.java')) return compileJava(source);
  if (source.endsWith('.go')) return buildGo(source, 'client');
  throw new Error(`${source}: a client program is a .java or .go file`);
}

/**
 * `source`: the client program (`program`: its build, when the caller built it already); `start()`: resolves
 * a lab server handle; `rounds`, `wait`: see rounds.js.
 * Resolves `{ probes, warmFailures, staleHits, stderr, server }` (`server`: the server's counters).
 */
async function runProgramCell({ source, program: built, start, rounds, wait }) {
  const program = built ?? await buildClient(source);
  const target = await start();
  try {
    const client = await startClientProgram(program, target.url, path.basename(source));
    try {
      const result = await runProgramRounds({ client, target, rounds, wait });
      return { ...result, stderr: client.stderr(), server: await target.stats() };
    } finally {
      await client.exit();
    }
  } finally {
    await target.stop();
  }
}

module.exports = { runProgramCell, buildClient };
