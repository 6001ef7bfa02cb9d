import assert from 'node:assert/strict';
import http from 'node:http';
import https from 'node:https';
import AgentKeepAlive from 'agentkeepalive';
import * as undiciLib from 'undici';
import espree from 'espree';
import keepalive from 'eslint-plugin-keepalive';
import { clientLibraries } from 'eslint-plugin-keepalive/catalog';
import { locate } from './locate';
import { ruleTester } from './rule-tester';

const RULE = 'no-misleading-pool-options';
const script = { languageOptions: { parser: espree, parserOptions: { ecmaVersion: 'latest', sourceType: 'script' } } } as const;

type MessageId =
  | 'zeroUsesDefault'
  | 'zeroMeansUnlimited'
  | 'zeroThrows'
  | 'zeroFallsBack'
  | 'rejectedOption'
  | 'legacyOption'
  | 'legacyOptionIgnored'
  | 'poolNotKeyedByProtocol';

interface Expected {
  readonly messageId: MessageId;
  /** The reported property as written, and which appearance of it. */
  readonly at: string;
  readonly occurrence?: number;
  readonly data?: Record<string, string>;
  /** The suggestion's output, or none. */
  readonly fixed?: string;
}

/** One invalid case: each finding points at its property, with its suggestion output when there is one. */
function invalid(code: string, expected: readonly Expected[], extra: object = {}) {
  return {
    code,
    errors: expected.map(({ messageId, at, occurrence, data, fixed }) => ({
      messageId,
      ...locate(code, at, occurrence),
      ...(data ? { data } : {}),
      suggestions: fixed === undefined ? [] : [{ messageId: messageId === 'poolNotKeyedByProtocol' ? ('keyByProtocol' as const) : ('renameOption' as const), output: fixed }],
    })),
    ...extra,
  };
}

const invalidCases = [
  // Node's Agent: 0 silently becomes something else.
  invalid("import http from 'node:http'; new http.Agent({ keepAlive: true, timeout: 4000, maxFreeSockets: 0 });", [
    { messageId: 'zeroUsesDefault', at: 'maxFreeSockets: 0', data: { option: 'maxFreeSockets', library: 'Node.js http.Agent', fallback: '256' } },
  ]),
  invalid("import https from 'https'; new https.Agent({ keepAlive: true, timeout: 4000, maxSockets: 0 });", [
    { messageId: 'zeroMeansUnlimited', at: 'maxSockets: 0', data: { option: 'maxSockets', library: 'Node.js http.Agent', meaning: 'no limit' } },
  ]),
  invalid(
    "const http = require('http'); const agent = new http.Agent({ maxTotalSockets: 0 });",
    [{ messageId: 'zeroThrows', at: 'maxTotalSockets: 0', data: { option: 'maxTotalSockets', library: 'Node.js http.Agent', when: ' when `new http.Agent()` runs' } }],
    script,
  ),
  // `timeout: 0` on an agent that is not (or not known to be) keep-alive: no timer at all. A keep-alive agent
  // with `timeout: 0` is require-idle-timeout's finding instead.
  invalid("import http from 'http'; new http.Agent({ timeout: 0 });", [
    { messageId: 'zeroMeansUnlimited', at: 'timeout: 0', data: { option: 'timeout', library: 'Node.js http.Agent', meaning: 'no timer at all: sockets are never timed out' } },
  ]),
  invalid("import http from 'http'; export function make(keepAlive: boolean) { return new http.Agent({ keepAlive, timeout: 0 }); }", [
    { messageId: 'zeroMeansUnlimited', at: 'timeout: 0' },
  ]),
  // agentkeepalive without keep-alive: `freeSocketTimeout: 0` hands over to `timeout`.
  invalid("import Agent from 'agentkeepalive'; new Agent({ keepAlive: false, freeSocketTimeout: 0, timeout: 30_000 });", [
    {
      messageId: 'zeroFallsBack',
      at: 'freeSocketTimeout: 0',
      data: { option: 'freeSocketTimeout', library: 'agentkeepalive', fallbackOption: 'timeout', fallbackValue: ' (30 s)' },
    },
  ]),
  // The same zero through a constant and a spread source: reported where it is written, once.
  invalid(
    "import http from 'http'; const NONE = 0; const base = { maxFreeSockets: NONE }; new http.Agent({ ...base, keepAlive: true, timeout: 1000 }); new http.Agent(base);",
    [{ messageId: 'zeroUsesDefault', at: 'maxFreeSockets: NONE' }],
  ),
  invalid("import { HttpsProxyAgent } from 'hpagent'; new HttpsProxyAgent({ proxy: 'http://proxy:3128', maxTotalSockets: 0 });", [
    { messageId: 'zeroThrows', at: 'maxTotalSockets: 0' },
  ]),
  // undici: zeros and names it rejects, but an Agent or Pool only at the first request.
  invalid("import { Agent } from 'undici'; export const dispatcher = new Agent({ keepAliveTimeout: 0 });", [
    {
      messageId: 'zeroThrows',
      at: 'keepAliveTimeout: 0',
      data: { option: 'keepAliveTimeout', library: 'undici', when: ', and only when the first request is sent, not at startup' },
    },
  ]),
  invalid("import { Pool } from 'undici'; new Pool('http://api:8080', { keepAliveMaxTimeout: 0 });", [
    { messageId: 'zeroThrows', at: 'keepAliveMaxTimeout: 0' },
  ]),
  invalid("import { Pool } from 'undici'; new Pool('http://api:8080', { connections: 0 });", [
    { messageId: 'zeroMeansUnlimited', at: 'connections: 0', data: { option: 'connections', library: 'undici', meaning: 'no limit' } },
  ]),
  invalid(
    "import { Agent } from 'undici'; new Agent({ idleTimeout: 30_000 });",
    [{ messageId: 'rejectedOption', at: 'idleTimeout: 30_000', data: { option: 'idleTimeout', label: '`new undici.Agent()`', library: 'undici', when: ', and only when the first request is sent, not at startup', instead: 'use `keepAliveTimeout`' }, fixed: "import { Agent } from 'undici'; new Agent({ keepAliveTimeout: 30_000 });" }],
  ),
  invalid(
    "import * as undici from 'undici'; new undici.Agent({\n  keepAliveTimeout: 4000,\n  maxKeepAliveTimeout: 60e3, // cap server hints\n});",
    [
      {
        messageId: 'rejectedOption',
        at: 'maxKeepAliveTimeout: 60e3',
        fixed: "import * as undici from 'undici'; new undici.Agent({\n  keepAliveTimeout: 4000,\n  keepAliveMaxTimeout: 60e3, // cap server hints\n});",
      },
    ],
  ),
  invalid(
    "import { Agent } from 'undici'; const idleTimeout = 5000; new Agent({ idleTimeout });",
    [{ messageId: 'rejectedOption', at: 'idleTimeout', occurrence: 1, fixed: "import { Agent } from 'undici'; const idleTimeout = 5000; new Agent({ keepAliveTimeout: idleTimeout });" }],
  ),
  invalid(
    "const { Agent } = require('undici'); new Agent({ 'idleTimeout': 5000 });",
    [{ messageId: 'rejectedOption', at: "'idleTimeout': 5000", fixed: "const { Agent } = require('undici'); new Agent({ 'keepAliveTimeout': 5000 });" }],
    script,
  ),
  // The options object is a constant: its literal is edited, as every suggestion of the plugin does.
  invalid(
    "import { Agent } from 'undici'; const options = { idleTimeout: 5000 }; new Agent(options);",
    [{ messageId: 'rejectedOption', at: 'idleTimeout: 5000', fixed: "import { Agent } from 'undici'; const options = { keepAliveTimeout: 5000 }; new Agent(options);" }],
  ),
  // Renaming would leave two values for one option: reported, not renamed.
  invalid("import { Agent } from 'undici'; new Agent({ keepAliveTimeout: 4000, idleTimeout: 5000 });", [{ messageId: 'rejectedOption', at: 'idleTimeout: 5000' }]),
  // Only in a spread source, which other code may share: reported, not renamed.
  invalid("import { Agent } from 'undici'; const shared = { idleTimeout: 5000 }; new Agent({ ...shared });", [{ messageId: 'rejectedOption', at: 'idleTimeout: 5000' }]),
  // No single option replaces these.
  invalid("import { Client } from 'undici'; new Client('http://api:8080', { keepAlive: true });", [
    { messageId: 'rejectedOption', at: 'keepAlive: true', data: { option: 'keepAlive', label: '`new undici.Client()`', library: 'undici', when: ' when `new undici.Client()` runs', instead: 'undici always keeps connections alive (`pipelining: 0` turns reuse off)' } },
  ]),
  invalid("import { ProxyAgent } from 'undici'; new ProxyAgent({ uri: 'http://proxy:3128', socketTimeout: 10e3, requestTimeout: 10e3 });", [
    { messageId: 'rejectedOption', at: 'socketTimeout: 10e3', data: { option: 'socketTimeout', label: '`new undici.ProxyAgent()`', library: 'undici', when: ', and only when the first request is sent, not at startup', instead: 'use `headersTimeout` and `bodyTimeout`' } },
    { messageId: 'rejectedOption', at: 'requestTimeout: 10e3' },
  ]),
  // A rejected name whose value cannot be seen is still the wrong name.
  invalid("import { Agent } from 'undici'; new Agent({ idleTimeout: Number(process.env.IDLE_MS) });", [
    { messageId: 'rejectedOption', at: 'idleTimeout: Number(process.env.IDLE_MS)', fixed: "import { Agent } from 'undici'; new Agent({ keepAliveTimeout: Number(process.env.IDLE_MS) });" },
  ]),
  // agentkeepalive's legacy names.
  invalid(
    "const Agent = require('agentkeepalive'); new Agent({ keepAliveTimeout: 3000 });",
    [{ messageId: 'legacyOption', at: 'keepAliveTimeout: 3000', data: { option: 'keepAliveTimeout', library: 'agentkeepalive', replacement: 'freeSocketTimeout' }, fixed: "const Agent = require('agentkeepalive'); new Agent({ freeSocketTimeout: 3000 });" }],
    script,
  ),
  invalid(
    "import { HttpsAgent } from 'agentkeepalive'; new HttpsAgent({ freeSocketKeepAliveTimeout: 3000 });",
    [{ messageId: 'legacyOption', at: 'freeSocketKeepAliveTimeout: 3000', fixed: "import { HttpsAgent } from 'agentkeepalive'; new HttpsAgent({ freeSocketTimeout: 3000 });" }],
  ),
  invalid("import Agent from 'agentkeepalive'; new Agent({ freeSocketTimeout: 4000, keepAliveTimeout: 30000 });", [{ messageId: 'legacyOption', at: 'keepAliveTimeout: 30000' }]),
  // A falsy legacy value is skipped by the library: renaming it would switch the idle timer off, so no suggestion.
  invalid("import Agent from 'agentkeepalive'; new Agent({ keepAliveTimeout: 0 });", [
    { messageId: 'legacyOptionIgnored', at: 'keepAliveTimeout: 0', data: { option: 'keepAliveTimeout', library: 'agentkeepalive', value: '0', replacement: 'freeSocketTimeout' } },
  ]),
  // got ≥ 11 takes `agent: { http, https, http2 }`, never a pool itself.
  invalid(
    "import got from 'got'; import https from 'node:https'; await got('https://api.example', { agent: new https.Agent({ keepAlive: true, timeout: 4000 }) });",
    [
      {
        messageId: 'poolNotKeyedByProtocol',
        at: 'agent: new https.Agent({ keepAlive: true, timeout: 4000 })',
        data: { request: '`got()`', option: 'agent', pool: '`new https.Agent()`', when: 'when the request is made' },
        fixed: "import got from 'got'; import https from 'node:https'; await got('https://api.example', { agent: { https: new https.Agent({ keepAlive: true, timeout: 4000 }) } });",
      },
    ],
  ),
  invalid(
    "const got = require('got'); const http = require('http'); const agent = new http.Agent(); got.get('http://api', { agent });",
    [{ messageId: 'poolNotKeyedByProtocol', at: 'agent', occurrence: 1, fixed: "const got = require('got'); const http = require('http'); const agent = new http.Agent(); got.get('http://api', { agent: { http: agent } });" }],
    script,
  ),
  invalid(
    "import got from 'got'; import { HttpsAgent } from 'agentkeepalive'; export const client = got.extend({ agent: new HttpsAgent() });",
    [
      {
        messageId: 'poolNotKeyedByProtocol',
        at: 'agent: new HttpsAgent()',
        data: { request: '`got.extend()`', option: 'agent', pool: '`new agentkeepalive.HttpsAgent()`', when: 'when the instance is created' },
        fixed: "import got from 'got'; import { HttpsAgent } from 'agentkeepalive'; export const client = got.extend({ agent: { https: new HttpsAgent() } });",
      },
    ],
  ),
  invalid(
    "import got from 'got'; import { HttpsProxyAgent } from 'hpagent'; got.stream.post({ url: 'https://api', agent: new HttpsProxyAgent({ proxy: 'http://proxy:3128' }) });",
    [{ messageId: 'poolNotKeyedByProtocol', at: "agent: new HttpsProxyAgent({ proxy: 'http://proxy:3128' })", fixed: "import got from 'got'; import { HttpsProxyAgent } from 'hpagent'; got.stream.post({ url: 'https://api', agent: { https: new HttpsProxyAgent({ proxy: 'http://proxy:3128' }) } });" }],
  ),
  // An undici dispatcher is no http.Agent: which key it belongs under cannot be told.
  invalid("import got from 'got'; import { Agent } from 'undici'; got('https://api', { agent: new Agent() });", [
    { messageId: 'poolNotKeyedByProtocol', at: 'agent: new Agent()' },
  ]),
];

ruleTester.run(RULE, keepalive.rules[RULE], {
  valid: [
    // Options that mean what they say.
    "import http from 'http'; new http.Agent({ keepAlive: true, timeout: 4000, maxSockets: 50, maxFreeSockets: 10 });",
    "import { Agent } from 'undici'; new Agent({ keepAliveTimeout: 4000, keepAliveMaxTimeout: 30_000, connections: 50 });",
    "import Agent from 'agentkeepalive'; new Agent({ freeSocketTimeout: 4000 });",
    // `keepAlive` is Node's option, not undici's.
    "import https from 'https'; new https.Agent({ keepAlive: true, timeout: 4000 });",
    // How long a keep-alive pool holds idle sockets (no timer, or `timeout` taking over) is the idle timeout
    // rules' finding, with the value to set; not this rule's.
    "import http from 'http'; new http.Agent({ keepAlive: true, timeout: 0 });",
    "import Agent from 'agentkeepalive'; new Agent({ freeSocketTimeout: 0 });",
    // `keepAliveMsecs: 0` only moves a TCP probe delay; agentkeepalive's `timeout: 0` turns its busy-socket timer off, as it reads.
    "import http from 'http'; new http.Agent({ keepAliveMsecs: 0 });",
    "import Agent from 'agentkeepalive'; new Agent({ freeSocketTimeout: 4000, timeout: 0 });",
    // A value seen to be `undefined` is the same as leaving the option out.
    "import { Agent } from 'undici'; new Agent({ idleTimeout: undefined });",
    "import Agent from 'agentkeepalive'; new Agent({ keepAliveTimeout: undefined });",
    // Values and options that cannot be seen are never reported.
    "import http from 'http'; new http.Agent({ maxSockets: Number(process.env.MAX_SOCKETS) });",
    "import { Agent } from 'undici'; export function make(options: object) { return new Agent(options); }",
    "import http from 'http'; declare const extra: object; new http.Agent({ maxFreeSockets: 0, ...extra });",
    // Look-alikes.
    "import { Agent } from './my-agent'; new Agent({ idleTimeout: 5000, maxSockets: 0 });",
    "import { Pool } from 'pg'; new Pool({ idleTimeout: 0, max: 0 });",
    "const undici = { Agent: class { constructor(_o: object) {} } }; new undici.Agent({ idleTimeout: 5000 });",
    // got with agents keyed by protocol, or values that cannot be seen.
    "import got from 'got'; import https from 'https'; got('https://api', { agent: { https: new https.Agent({ keepAlive: true, timeout: 4000 }) } });",
    "import got from 'got'; declare const agents: { https: unknown }; got('https://api', { agent: agents });",
    "import got from 'got'; class MyAgents {} got('https://api', { agent: new MyAgents() as never });",
    "import got from './got'; import https from 'https'; got('https://api', { agent: new https.Agent() });",
    // APIs that do take the pool itself.
    "import https from 'https'; https.request('https://api', { agent: new https.Agent({ keepAlive: true, timeout: 4000 }) });",
    "import axios from 'axios'; import https from 'https'; export const api = axios.create({ httpsAgent: new https.Agent({ keepAlive: true, timeout: 4000 }) });",
  ],
  invalid: invalidCases,
});

/** The catalogue's claims, checked against the libraries installed for the tests (no connection is made). */
describe(`${RULE}: what the catalogue says, against the installed libraries`, () => {
  const SOURCE = /^(https:\/\/\S+|[\w.-]+\/[\w.-]+:\S+)/;
  const ORIGIN = 'http://127.0.0.1:1';
  const library = (id: string) => clientLibraries.find((entry) => entry.id === id)!;
  const undici = library('undici');
  const nodeAgent = library('node-agent');

  it('every misleading option has a source, and a replacement the library knows', () => {
    const libraries = clientLibraries.filter((library) => library.misleadingOptions);
    assert.deepEqual(libraries.map((library) => library.id).sort(), ['agentkeepalive', 'undici']);
    for (const library of libraries) {
      for (const [name, entry] of Object.entries(library.misleadingOptions!)) {
        assert.match(entry.source, SOURCE, `${library.id}.${name}`);
        assert.ok(entry.replacement === undefined || entry.replacement in library.options, `${library.id}.${name} → ${entry.replacement}`);
        assert.ok(entry.replacement !== undefined || entry.instead !== undefined, `${library.id}.${name} says what to do instead`);
      }
    }
  });

  it("Node's agent replaces 0 for maxFreeSockets and maxSockets, and throws for maxTotalSockets", () => {
    assert.equal(new http.Agent({ maxFreeSockets: 0 }).maxFreeSockets, 256);
    assert.equal(new http.Agent({ maxSockets: 0 }).maxSockets, Infinity);
    assert.throws(() => new http.Agent({ maxTotalSockets: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  });

  it('undici rejects each rejected name in Client, but an Agent only at its first request', async () => {
    const rejected = Object.entries(undici.misleadingOptions!).filter(([, entry]) => entry.meaning === 'rejected');
    assert.equal(rejected.length, 5);
    for (const [name] of rejected) {
      assert.throws(() => new undiciLib.Client(ORIGIN, { [name]: 1 } as never), { name: 'InvalidArgumentError', message: new RegExp(`unsupported ${name}`) });
    }
    const agent = new undiciLib.Agent({ idleTimeout: 1 } as never);
    await assert.rejects(undiciLib.request(ORIGIN, { dispatcher: agent }), { message: /unsupported idleTimeout/ });
    await agent.close();
    assert.throws(() => new undiciLib.Client(ORIGIN, { keepAliveTimeout: 0 }), { message: /invalid keepAliveTimeout/ });
  });

  it('only undici constructors marked so accept bad options until the first request', async () => {
    for (const constructor of undici.constructors) {
      const name = constructor.path[0] as 'Agent' | 'Pool' | 'Client' | 'BalancedPool' | 'ProxyAgent' | 'EnvHttpProxyAgent';
      const args: unknown[] = Array.from({ length: constructor.optionsIndex }, () => (name === 'BalancedPool' ? [ORIGIN] : ORIGIN));
      args.push({ idleTimeout: 1, ...(name === 'ProxyAgent' ? { uri: ORIGIN } : {}) });
      const Constructor = undiciLib[name] as unknown as new (...a: unknown[]) => { close(): Promise<void> };
      if (constructor.validatesAtFirstRequest) await new Constructor(...args).close();
      else assert.throws(() => new Constructor(...args), { name: 'InvalidArgumentError' }, name);
    }
  });

  it('agentkeepalive maps a truthy legacy name onto freeSocketTimeout, with a warning, and skips a falsy one', () => {
    const printed: unknown[][] = [];
    const log = console.log;
    console.log = (...line: unknown[]) => printed.push(line);
    try {
      const mapped = new AgentKeepAlive({ keepAliveTimeout: 3000 } as never) as unknown as { options: { freeSocketTimeout: number } };
      const skipped = new AgentKeepAlive({ keepAliveTimeout: 0 } as never) as unknown as { options: { freeSocketTimeout: number } };
      assert.equal(mapped.options.freeSocketTimeout, 3000);
      assert.equal(skipped.options.freeSocketTimeout, 4000);
    } finally {
      console.log = log;
    }
    assert.equal(printed.length, 1);
    assert.match(String(printed[0]![0]), /deprecated/);
  });

  it('got rejects a pool given as `agent` and accepts it keyed by protocol', async () => {
    const { Options } = await import('got');
    const agent = new https.Agent();
    assert.throws(() => new Options(ORIGIN, { agent: agent as never }), { message: /Unexpected agent option/ });
    assert.equal(new Options(ORIGIN, { agent: { https: agent } }).agent.https, agent);
    assert.equal(nodeAgent.protocols?.['https.Agent'], 'https');
  });
});
