'use strict';
// Real nginx from the system's packages (test/lab/setup.sh installs it), started in the foreground from a
// generated config in a temp directory: one process (no daemon, no master), bound to a free port on
// 127.0.0.1, `keepalive_timeout` set to `idleMs` without the optional header value, so no `Keep-Alive`
// header is sent. This forked child owns the nginx process and stops it when it is stopped or when the
// lab goes away. Options: { idleMs }.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { runChild, positiveMs } = require('./child-protocol');

const START_TIMEOUT_MS = 10_000;
const STOP_GRACE_MS = 2_000;

function findNginx() {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin', '/sbin'];
  for (const dir of dirs) {
    const candidate = path.join(dir, 'nginx');
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  throw new Error('nginx is not installed; run `sh test/lab/setup.sh` first');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function configText(dir, port, idleMs) {
  const at = (name) => path.join(dir, name);
  return `daemon off;
master_process off;
worker_processes 1;
pid ${at('nginx.pid')};
error_log ${at('error.log')} warn;
events { worker_connections 256; }
http {
  log_format lab '$connection $connection_requests';
  access_log ${at('access.log')} lab;
  client_body_temp_path ${at('body')};
  proxy_temp_path ${at('proxy')};
  fastcgi_temp_path ${at('fastcgi')};
  uwsgi_temp_path ${at('uwsgi')};
  scgi_temp_path ${at('scgi')};
  keepalive_timeout ${idleMs}ms;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:${port};
    location / {
      default_type text/plain;
      add_header X-Connection $connection always;
      return 200 "ok\\n";
    }
  }
}
`;
}

function canConnect(port) {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

function readLog(file) {
  try { return fs.readFileSync(file, 'utf8'); } catch { return ''; }
}

async function startNginx(binary, dir, idleMs) {
  const port = await freePort();
  const configFile = path.join(dir, 'nginx.conf');
  fs.writeFileSync(configFile, configText(dir, port, idleMs));
  const check = spawnSync(binary, ['-t', '-q', '-p', dir, '-e', path.join(dir, 'error.log'), '-c', configFile], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejected the generated config: ${check.stderr.trim()}`);
  const child = spawn(binary, ['-p', dir, '-e', path.join(dir, 'error.log'), '-c', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await canConnect(port)) return { child, port };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  child.kill('SIGKILL');
  const reason = (stderr + readLog(path.join(dir, 'error.log'))).trim() || 'no output';
  const error = new Error(`nginx did not start on 127.0.0.1:${port}: ${reason}`);
  error.addressInUse = /Address already in use/.test(reason);
  throw error;
}

function stopNginx(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => { clearTimeout(timer); resolve(); });
    child.kill('SIGTERM');
  });
}

runChild(async (options) => {
  const idleMs = positiveMs(options, 'idleMs');
  const binary = findNginx();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'keepalive-lab-nginx-'));
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true });
  let started;
  // The free port is found by binding and releasing it; another process may take it in between.
  for (let attempt = 1; !started; attempt += 1) {
    try {
      started = await startNginx(binary, dir, idleMs);
    } catch (error) {
      if (!error.addressInUse || attempt === 3) { removeDir(); throw error; }
    }
  }
  const { child, port } = started;
  // Synchronous last resort: this process is exiting (parent gone, stop, crash) and nginx must go too.
  process.on('exit', () => { child.kill('SIGKILL'); removeDir(); });
  const accessLog = path.join(dir, 'access.log');
  return {
    port,
    stats() {
      const lines = readLog(accessLog).split('\n').filter(Boolean);
      return { connections: new Set(lines.map((line) => line.split(' ')[0])).size, requests: lines.length };
    },
    stop: () => stopNginx(child).then(removeDir),
  };
});
