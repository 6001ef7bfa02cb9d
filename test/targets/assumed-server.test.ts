// With no `servers` set, every language assumes a server that closes idle connections after 5 s; messages name it
// after Node.js in JavaScript and after the Apache HTTP Server in Java and Go.
import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';

const RULE = 'keepalive/require-idle-timeout-below-server';

function messages(filename: string, code: string, config: Linter.Config): string[] {
  const linted = new Linter({ cwd: '/project' }).verify(code, [{ ...config, plugins: { keepalive }, rules: { [RULE]: 'error' } }], { filename });
  return linted.map((message) => `${message.ruleId ?? 'fatal'}: ${message.message}`);
}

const JAVA = `import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;

class Clients {
  ConnectionPool pool = new ConnectionPool(5, 5, TimeUnit.MINUTES);
}
`;

const GO = `package main

import (
	"net/http"
	"time"
)

var transport = &http.Transport{IdleConnTimeout: 90 * time.Second}
`;

describe('the assumed server when no servers are set', () => {
  before(() => Promise.all([keepalive.languages.java.ready, keepalive.languages.go.ready]));

  it('is Node.js in a JavaScript file', () => {
    const [message, ...others] = messages('/project/src/pool.js', "const http = require('node:http');\nnew http.Agent({ keepAlive: true, timeout: 30000 });\n", { files: ['**/*.js'] });
    assert.deepEqual(others, []);
    assert.match(message!, /^keepalive\/require-idle-timeout-below-server: .*but Node\.js \(assumed\) closes idle connections after 5 s/);
  });

  it('is the Apache HTTP Server, with the same 5 s, in a Java file', () => {
    const [message, ...others] = messages('/project/src/main/java/Clients.java', JAVA, { files: ['**/*.java'], language: 'keepalive/java' });
    assert.deepEqual(others, []);
    assert.match(message!, /^keepalive\/require-idle-timeout-below-server: .*but Apache HTTP Server \(assumed\) closes idle connections after 5 s/);
    assert.doesNotMatch(message!, /Node\.js/);
  });

  it('is the Apache HTTP Server, with the same 5 s, in a Go file', () => {
    const [message, ...others] = messages('/project/cmd/main.go', GO, { files: ['**/*.go'], language: 'keepalive/go' });
    assert.deepEqual(others, []);
    assert.match(message!, /^keepalive\/require-idle-timeout-below-server: .*but Apache HTTP Server \(assumed\) closes idle connections after 5 s/);
    assert.doesNotMatch(message!, /Node\.js/);
  });

  it('gives way to the servers that are set', () => {
    const [message] = messages('/project/cmd/main.go', GO, { files: ['**/*.go'], language: 'keepalive/go', settings: { keepalive: { servers: ['nginx'] } } });
    assert.match(message!, /closes idle connections after 75 s/);
    assert.doesNotMatch(message!, /assumed/);
  });
});
