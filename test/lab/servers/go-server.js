'use strict';
// A Go net/http server program (built by test/lab/go/build.js from a source written as a user would, with
// the lab's labListener and labHandler helpers), run as a child of this forked process, which stops it when
// it is stopped or when the lab goes away. Options: { command, eventLog } — the built program and the log it
// appends to.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const readline = require('node:readline');
const { runChild } = require('./child-protocol');

const START_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 2_000;

function startProgram(command, eventLog) {
  const child = spawn(command, [eventLog], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} printed no port within ${START_TIMEOUT_MS} ms`));
    }, START_TIMEOUT_MS);
    child.once('error', (error) => { clearTimeout(timer); reject(error); });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited before listening (code ${code}, signal ${signal}): ${stderr.trim()}`));
    });
    readline.createInterface({ input: child.stdout }).once('line', (line) => {
      clearTimeout(timer);
      const port = JSON.parse(line).port;
      if (!Number.isInteger(port)) reject(new Error(`${command} printed ${line}, not a port`));
      else resolve({ child, port });
    });
  });
}

runChild(async (options) => {
  if (typeof options.command !== 'string') throw new Error('option command must be the built server program');
  if (typeof options.eventLog !== 'string') throw new Error('option eventLog must be a file path');
  fs.appendFileSync(options.eventLog, '');
  const { child, port } = await startProgram(options.command, options.eventLog);
  // Synchronous last resort: this process is exiting (parent gone, stop, crash) and the program must go too.
  process.on('exit', () => child.kill('SIGKILL'));
  const count = (event) => fs.readFileSync(options.eventLog, 'utf8').split('\n').filter((line) => line.split(' ')[1] === event).length;
  return {
    port,
    stats: () => ({ requests: count('response'), closes: count('close') }),
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      child.once('exit', () => { clearTimeout(timer); resolve(); });
      child.kill('SIGTERM');
    }),
  };
});
