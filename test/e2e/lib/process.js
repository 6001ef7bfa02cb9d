'use strict';
// Child processes for the e2e tools: run-to-completion commands and whole process groups.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const { waitFor } = require('./wait');

/**
 * Runs a command to completion with stdin closed (so an unexpected prompt fails instead of
 * hanging) and rejects with its output when it fails.
 * @returns {Promise<{ stdout: string, stderr: string }>}
 */
function runCommand(file, args, { cwd, env, timeoutMs = 180_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${file}: ${error.message}`));
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve({ stdout, stderr });
      const how = signal ? `was killed by ${signal}` : `exited with ${code}`;
      reject(new Error(`${file} ${args.join(' ')} ${how}\n${stdout}${stderr}`.trimEnd()));
    });
  });
}

/** Live (non-zombie) members of a process group, read from /proc. */
function groupMembers(pgid) {
  const members = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited while we looked
    }
    // Fields after the command name (which may contain spaces): state ppid pgrp ...
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') members.push(Number(entry));
  }
  return members;
}

function signalGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error;
  }
}

// Groups started by this process. They are detached, so a Ctrl+C or a crash of the driver would
// leave them running: on exit or on SIGINT/SIGTERM they get a SIGTERM too.
const liveGroups = new Set();
let exitHooksInstalled = false;

function terminateLiveGroups() {
  for (const pgid of liveGroups) signalGroup(pgid, 'SIGTERM');
  liveGroups.clear();
}

/** Remembers a detached group so that it cannot outlive this process. */
function trackProcessGroup(pgid) {
  liveGroups.add(pgid);
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.once('exit', terminateLiveGroups);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
    process.once(signal, () => {
      terminateLiveGroups();
      process.exit(code);
    });
  }
}

/** SIGTERM to the whole group, SIGKILL for whatever outlives the grace period. */
async function stopProcessGroup(pgid, { graceMs = 10_000 } = {}) {
  liveGroups.delete(pgid);
  signalGroup(pgid, 'SIGTERM');
  const gone = () => groupMembers(pgid).length === 0;
  try {
    await waitFor(gone, { what: `process group ${pgid} to exit`, timeoutMs: graceMs });
  } catch {
    signalGroup(pgid, 'SIGKILL');
    await waitFor(gone, { what: `process group ${pgid} to die`, timeoutMs: 5_000 });
  }
}

module.exports = { runCommand, groupMembers, trackProcessGroup, stopProcessGroup };
