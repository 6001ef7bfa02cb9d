import assert from 'node:assert/strict';
import { join } from 'node:path';
import espree from 'espree';
import { Linter, type Rule } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import type { ServerSetting } from '../../eslint-plugin/src/sites';
import type * as Sites from '../../eslint-plugin/src/languages/js/sites';

const sites = require(join(__dirname, '..', '..', '..', 'eslint-plugin', 'dist', 'languages', 'js', 'sites')) as typeof Sites;

/** Each server the code builds, as `framework label keepAlive/headers/request handle`, found in a real lint run (sorted). */
function serversIn(code: string, parser: 'ts' | 'script' = 'ts'): string[] {
  const found: string[] = [];
  const probe: Rule.RuleModule = {
    create(context) {
      return {
        'Program:exit'() {
          for (const site of sites.getSites(context.sourceCode as never).servers) {
            const settings = Object.values(site.settings).map(summary).join('/');
            found.push(`${site.framework.id} ${site.label} ${settings} ${site.handleText ?? (site.reach.unboundStatement ? 'dropped' : 'none')}`);
          }
        },
      };
    },
  };
  const languageOptions = parser === 'ts' ? { parser: tsParser } : { parser: espree, sourceType: 'script' as const };
  const config = { files: ['**/*.ts'], languageOptions, plugins: { probe: { rules: { servers: probe } } }, rules: { 'probe/servers': 'error' } } as Linter.Config;
  const messages = new Linter({ configType: 'flat' }).verify(code, [config], 'file.ts');
  assert.deepEqual(messages, []);
  return found.sort();
}

function summary(setting: ServerSetting): string {
  if (setting.source === 'explicit') return `${setting.via === 'option' ? 'opt' : 'set'}:${String(setting.value)}`;
  return setting.source;
}

describe('server sites', () => {
  it('finds Node.js servers through every import form', () => {
    assert.deepEqual(
      serversIn(`import * as http from 'http';
import { createServer } from 'node:https';
const { Server } = require('node:http');
const builtin = process.getBuiltinModule('node:http');
const a = http.createServer(() => {});
const b = createServer({ key: 'k', cert: 'c', keepAliveTimeout: 70_000 }, () => {});
const c = new Server({ headersTimeout: 30000 });
builtin.createServer().listen(80);
a.keepAliveTimeout = 65000;`),
      [
        'node-http http.createServer() set:65000/default/default a',
        'node-http createServer() opt:70000/default/default b',
        'node-http new Server() default/opt:30000/default c',
        'node-http builtin.createServer() default/default/default dropped',
      ].sort(),
    );
  });

  it('finds the server each framework builds, and where code reaches it', () => {
    assert.deepEqual(
      serversIn(`import express from 'express';
import Koa from 'koa';
import { fastify } from 'fastify';
import * as Hapi from '@hapi/hapi';
const app = express();
const one = app.listen(3000);
app.listen(3001);
const koa = new Koa().listen(4000);
const f = fastify({ keepAliveTimeout: 0, http: { headersTimeout: 90_000 } });
f.server.requestTimeout = 0;
const h = new Hapi.Server({ port: 5000 });
h.listener.keepAliveTimeout = 61000;`),
      [
        'express app.listen() default/default/default one',
        'express app.listen() default/default/default dropped',
        'koa new Koa().listen() default/default/default koa',
        'fastify fastify() opt:0/opt:90000/set:0 f.server',
        'hapi new Hapi.Server() set:61000/default/default h.listener',
      ].sort(),
    );
  });

  it('leaves settings unknown where other code may set them, or the value cannot be seen', () => {
    assert.deepEqual(
      serversIn(`import http from 'http';
import handler from './handler';
import { options } from './options';
export const exported = http.createServer(() => {});
const passed = http.createServer(() => {});
register(passed);
const returned = http.createServer(() => {});
function start() { return returned.listen(80); }
http.createServer(handler);
http.createServer(options, () => {});
const twice = http.createServer(() => {});
twice.keepAliveTimeout = 5000;
if (start) twice.keepAliveTimeout = 70000;
declare function register(server: unknown): void;`),
      [
        'node-http http.createServer() unknown/unknown/unknown exported',
        'node-http http.createServer() unknown/unknown/unknown passed',
        'node-http http.createServer() unknown/unknown/unknown returned',
        'node-http http.createServer() unknown/unknown/unknown dropped',
        'node-http http.createServer() unknown/unknown/unknown dropped',
        'node-http http.createServer() unknown/default/default twice',
      ].sort(),
    );
  });

  it('tells a request listener from an options object in http.createServer(x)', () => {
    assert.deepEqual(
      serversIn(`const http = require('http');
const express = require('express');
const Koa = require('koa');
const app = express();
const koa = new Koa();
function handle(req, res) { res.end(); }
const options = { keepAliveTimeout: 70000 };
http.createServer(app);
http.createServer(koa.callback());
http.createServer(handle);
http.createServer(options);`, 'script'),
      [
        'node-http http.createServer() default/default/default dropped',
        'node-http http.createServer() default/default/default dropped',
        'node-http http.createServer() default/default/default dropped',
        'node-http http.createServer() opt:70000/default/default dropped',
      ].sort(),
    );
  });

  it('ignores look-alikes and frameworks running a server of the user\'s own', () => {
    assert.deepEqual(
      serversIn(`import { createServer } from './http';
import net from 'node:net';
import Fastify from 'fastify';
import { factory } from './factory';
createServer(() => {});
net.createServer(() => {});
Fastify({ serverFactory: factory });
Fastify({ http2: true });`),
      ['fastify Fastify() unknown/unknown/unknown dropped', 'fastify Fastify() unknown/unknown/unknown dropped'],
    );
  });
});
