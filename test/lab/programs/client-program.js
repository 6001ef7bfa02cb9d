'use strict';
// A compiled client program (Java or Go) as a child of the lab: it builds its client as a user would, then
// sends one POST per "post" line on its stdin and prints one JSON line per response (see LabDriver.java,
// lab_client.go). The process is tracked by the supervisor, so it is killed with the lab whatever happens.
const { spawn } = require('node:child_process');
const readline = require('node:readline');
const { track } = require('../servers/supervisor');

const READY_TIMEOUT_MS = 20_000;
const REQUEST_TIMEOUT_MS = 30_000;
const EXIT_GRACE_MS = 3_000;

/** Starts `{ command, args }` for `url`; resolves with a handle once the program has built its client. */
function startClientProgram(program, url, name = program.command) {
  const child = track(spawn(program.command, [...program.args, url], { stdio: ['pipe', 'pipe', 'pipe'] }));
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  child.stdin.on('error', () => {});
  const waiting = [];
  let exited = null;
  const failAll = (error) => { for (const { reject } of waiting.splice(0)) reject(error); };
  // 'close', not 'exit': lines the program printed just before it ended may still be unread at 'exit'.
  child.once('close', (code, signal) => {
    exited = new Error(`${name} exited (code ${code}, signal ${signal}): ${stderr.trim().slice(-2000) || 'no output'}`);
    failAll(exited);
  });
  child.once('error', (error) => failAll(new Error(`${name}: ${error.message}`)));
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      failAll(new Error(`${name} printed a line that is not JSON: ${line}`));
      return;
    }
    const next = waiting.shift();
    if (!next) return;
    if (message.event === 'error') next.reject(new Error(`${name}: ${message.message}`));
    else next.resolve(message);
  });

  const nextLine = (timeoutMs, what) => new Promise((resolve, reject) => {
    if (exited) return reject(exited);
    const timer = setTimeout(() => reject(new Error(`${name}: no ${what} within ${timeoutMs} ms`)), timeoutMs);
    waiting.push({
      resolve: (message) => { clearTimeout(timer); resolve(message); },
      reject: (error) => { clearTimeout(timer); reject(error); },
    });
  });

  const handle = {
    name,
    pid: child.pid,
    /** Sends one POST now; resolves with the program's JSON line for it. */
    post() {
      const reply = nextLine(REQUEST_TIMEOUT_MS, 'response');
      child.stdin.write('post\n');
      return reply;
    },
    /** What the program printed on stderr so far (library logs such as retry messages). */
    stderr: () => stderr,
    /** Asks the program to close its client and exit; kills it if it does not. */
    exit() {
      if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), EXIT_GRACE_MS);
        child.once('exit', () => { clearTimeout(timer); resolve(); });
        child.stdin.end('exit\n');
      });
    },
  };
  return nextLine(READY_TIMEOUT_MS, 'ready line').then(() => handle, (error) => {
    child.kill('SIGKILL');
    throw error;
  });
}

module.exports = { startClientProgram };
