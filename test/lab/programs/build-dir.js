'use strict';
// One temp directory per lab process for compiled client and server programs, removed when the process
// exits, and a cache so each source is compiled once per run however many cells use it.
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

let root = null;
const builds = new Map();

function buildRoot() {
  if (!root) {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'keepalive-lab-build-'));
    const dir = root;
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return root;
}

/**
 * `build(dir)` once per distinct (kind, source text): later calls with the same text get the first result.
 * `dir` is a fresh directory inside the run's build root.
 */
function buildOnce(kind, file, build) {
  const text = fs.readFileSync(file, 'utf8');
  const key = `${kind}:${crypto.createHash('sha256').update(text).digest('hex')}:${path.basename(file)}`;
  if (!builds.has(key)) {
    const dir = fs.mkdtempSync(path.join(buildRoot(), `${kind}-${path.basename(file).replace(/\W/g, '-')}-`));
    builds.set(key, Promise.resolve().then(() => build(dir)));
    // A failed build is not cached: the next call reports the error again, from a fresh directory.
    builds.get(key).catch(() => builds.delete(key));
  }
  return builds.get(key);
}

module.exports = { buildOnce, buildRoot };
