'use strict';
// Starts lab servers as child processes and makes sure every one of them is stopped: by stopAll() at the
// end of a run, and by a synchronous SIGTERM when the lab process exits for any reason (a failed test, an
// uncaught error, Ctrl-C). SIGTERM, not SIGKILL: a child exits through its own 'exit' handlers, so the
// nginx wrapper still stops nginx. Children also exit on their own when the IPC channel to this closes.
const { fork } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const running = new Set();
const tempDirs = new Set();
const READY_TIMEOUT_MS = 15_000;
const STOP_GRACE_MS = 3_000;

process.on('exit', () => {
  for (const child of running) child.kill('SIGTERM');
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * Forks `file` (a module that calls runChild) with `options` and resolves once it listens.
 * With `withEventLog`, the server records responses and closed connections in a fresh temp file.
 * The handle: `{ name, port, url, stats(), hasClosed(), closes(), lastResponseAt(), stop() }`.
 */
function startServer(name, file, options = {}, { withEventLog = false } = {}) {
  let eventLog;
  if (withEventLog) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keepalive-lab-'));
    tempDirs.add(dir);
    eventLog = path.join(dir, 'events.log');
    // Servers that support it hold idle closes while this file is missing (see raw-idle-server.js).
    options = { ...options, eventLog, releaseFile: path.join(dir, 'release') };
    fs.writeFileSync(options.releaseFile, '');
  }
  const child = fork(file, [JSON.stringify(options)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${name}: not ready within ${READY_TIMEOUT_MS} ms`));
    }, READY_TIMEOUT_MS);
    const onExit = (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name}: exited before it was ready (code ${code}, signal ${signal})`));
    };
    child.once('exit', onExit);
    child.on('message', function onReady(message) {
      if (message?.type !== 'ready' && message?.type !== 'failed') return;
      child.off('message', onReady);
      child.off('exit', onExit);
      clearTimeout(timer);
      if (message.type === 'failed') {
        stopChild(child).finally(() => reject(new Error(`${name}: ${message.message}`)));
        return;
      }
      resolve(handleFor(name, child, message.port, eventLog));
    });
  });
}

function handleFor(name, child, port, eventLog) {
  let nextId = 0;
  const events = () => {
    if (!eventLog) throw new Error(`${name}: started without an event log`);
    try {
      return fs.readFileSync(eventLog, 'utf8').split('\n').filter(Boolean).map((line) => line.split(' '));
    } catch (error) {
      if (error.code === 'ENOENT') return [];
      throw error;
    }
  };
  return {
    name,
    port,
    url: `http://127.0.0.1:${port}/`,
    /** Counters kept by the server (connections accepted, requests answered, ...). */
    stats() {
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        const onMessage = (message) => {
          if (message?.type !== 'stats' || message.id !== id) return;
          child.off('message', onMessage);
          child.off('exit', onExit);
          resolve(message.stats);
        };
        const onExit = () => {
          child.off('message', onMessage);
          reject(new Error(`${name}: exited while asked for its counters`));
        };
        child.on('message', onMessage);
        child.once('exit', onExit);
        child.send({ type: 'stats', id });
      });
    },
    /**
     * Whether the server has seen connection `id` (its X-Connection number) close; with a null id, whether
     * more than `before` connections have closed. Synchronous, so a busy-waiting client can poll it.
     */
    hasClosed(id, before = 0) {
      const closes = events().filter(([, event]) => event === 'close');
      return id === null ? closes.length > before : closes.some(([, , closed]) => closed === String(id));
    },
    closes: () => events().filter(([, event]) => event === 'close').length,
    /**
     * Hold the server's idle closes until releaseCloses(): a busy client's late timer then cannot let the
     * server close (and the client read the FIN) before the client blocks its event loop. Synchronous.
     */
    holdCloses() {
      if (eventLog) fs.rmSync(path.join(path.dirname(eventLog), 'release'), { force: true });
    },
    releaseCloses() {
      if (eventLog) fs.writeFileSync(path.join(path.dirname(eventLog), 'release'), '');
    },
    /** `Date.now()` of the server's last response, or null. */
    lastResponseAt() {
      const responses = events().filter(([, event]) => event === 'response');
      return responses.length ? Number(responses.at(-1)[0]) : null;
    },
    stop: () => stopChild(child).then(() => {
      if (!eventLog) return;
      const dir = path.dirname(eventLog);
      fs.rmSync(dir, { recursive: true, force: true });
      tempDirs.delete(dir);
    }),
  };
}

function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    if (child.connected) child.send({ type: 'stop' });
    else child.kill('SIGTERM');
  });
}

/** Tracks a child process started elsewhere (a lab worker) so it is killed when the lab exits. */
function track(child) {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Stops every server still running. */
function stopAll() {
  return Promise.all([...running].map(stopChild));
}

module.exports = { startServer, stopAll, track, runningCount: () => running.size };
