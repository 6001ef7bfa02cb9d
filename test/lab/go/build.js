'use strict';
// Builds a Go program (package main, standard library only, written as a user would) together with the
// lab's helper file offline: a module of its own in a temp directory, no proxy, no toolchain download,
// caches inside the run's build directory.
const fs = require('node:fs');
const path = require('node:path');
const { buildOnce, buildRoot } = require('../programs/build-dir');
const { runTool } = require('../programs/run-tool');

const HELPERS = { client: path.join(__dirname, 'lab_client.go'), server: path.join(__dirname, 'lab_server.go') };

function goEnv() {
  const root = buildRoot();
  return {
    PATH: process.env.PATH,
    HOME: root,
    GOCACHE: path.join(root, 'go-cache'),
    GOPATH: path.join(root, 'go-path'),
    GO111MODULE: 'on',
    GOFLAGS: '',
    GOPROXY: 'off',
    GOSUMDB: 'off',
    GOTOOLCHAIN: 'local',
    GOWORK: 'off',
    GOENV: 'off',
  };
}

/** `kind` is 'client' or 'server' (which helper it is built with). Resolves `{ command, args }`. */
function buildGo(file, kind) {
  const source = path.resolve(file);
  const helper = HELPERS[kind];
  if (!helper) throw new Error(`unknown Go program kind "${kind}" (client or server)`);
  return buildOnce(`go-${kind}`, source, async (dir) => {
    fs.copyFileSync(source, path.join(dir, 'main.go'));
    fs.copyFileSync(helper, path.join(dir, path.basename(helper)));
    fs.writeFileSync(path.join(dir, 'go.mod'), 'module keepalivelab\n\ngo 1.19\n');
    const binary = path.join(dir, 'program');
    await runTool(`go build ${path.basename(source)}`, 'go', ['build', '-o', binary, '.'], { cwd: dir, env: goEnv() });
    return { command: binary, args: [] };
  });
}

module.exports = { buildGo };
