'use strict';
// Runs a compiler to completion; its process is killed with the lab's (supervisor.track).
const { execFile } = require('node:child_process');
const { track } = require('../servers/supervisor');

const TOOL_TIMEOUT_MS = 120_000;

/** Resolves with stdout; rejects with the tool's own output as the message. */
function runTool(what, command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = execFile(command, args, { ...options, timeout: TOOL_TIMEOUT_MS, maxBuffer: 8 << 20 }, (error, stdout, stderr) => {
      if (!error) return resolve(stdout);
      const reason = error.code === 'ENOENT'
        ? `${command} is not installed; run \`sh test/lab/setup.sh\` first`
        : `${stderr}${stdout}`.trim() || error.message;
      reject(new Error(`${what} failed: ${reason}`));
    });
    track(child);
  });
}

module.exports = { runTool };
