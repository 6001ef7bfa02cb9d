/** Texts whose numbers are edited in place: every construct whose positions follow a number on its line or below. */
export interface NumberEditSample {
  readonly name: string;
  readonly filename: string;
  readonly jsx: boolean;
  readonly text: string;
}

const MODULE_JS = `// Pools and servers with numbers before, inside and after them on the same lines.
import http from 'node:http';
import { Agent, Pool } from 'undici';
import KeepAliveAgent from 'agentkeepalive';

const SECOND = 1000, LIMIT = 0x40, MASK = 0b1010, PERMS = 0o644;
export const agent = new http.Agent({ keepAlive: true, timeout: 4000, maxSockets: 50, maxFreeSockets: 1_0 }); /* after */ const after = [1, 2.5, .5, 3e3];
const pool = new Pool('http://127.0.0.1:8080', { keepAliveTimeout: 4 * SECOND, keepAliveMaxTimeout: 600e3, connections: 10 });
const dispatcher = new Agent({ keepAliveTimeout: 30000, keepAliveTimeoutThreshold: 1000 });
const keepalive = new KeepAliveAgent({ freeSocketTimeout: 4000, timeout: 60000, maxSockets: 100 });
const server = http.createServer((request, response) => response.end(\`\${request.url} \${1 + 2}\`));
server.keepAliveTimeout = 65000; server.headersTimeout = 66000;
const pattern = /a{2,3}/g, label = 'ok \u2028 line', nested = { a: { b: [4000, { c: 5 }] } };
function delay(ms = 250) { return new Promise((resolve) => setTimeout(resolve, ms)); }
class Limits { static max = 12; #hidden = 7; get twice() { return this.#hidden * 2; } }
for (let index = 0; index < 3; index++) delay(index * 10);
export default { agent, pool, dispatcher, keepalive, server, pattern, label, nested, after, LIMIT, MASK, PERMS, Limits };
`;

const COMMONJS = `'use strict';
const https = require('https');
// A comment with 4000 in it, and then code.
const agent = new https.Agent({ keepAlive: true, freeSocketTimeout: 4000, timeout: 8000 }); // trailing 60000
module.exports = { agent, retries: [100, 200, 400], ratio: 0.75 };
`;

const TYPESCRIPT = `import http from 'node:http';
import { Agent } from 'undici';

enum Timeouts { Idle = 4000, Headers = 66000 }
type Millis = 1000 | 2000;
interface Options { readonly idle: 4000; limits: [1, 2, 3] }
function sealed<T>(target: T): T { return target; }

@sealed
class Client<T extends { retries: number } = { retries: 3 }> {
  private readonly agent = new http.Agent({ keepAlive: true, timeout: 4000 as Millis | number, maxSockets: 20 });
  constructor(private readonly limit: number = 10) {}
  dispatcher(): Agent { return new Agent({ keepAliveTimeout: 5_000, keepAliveMaxTimeout: 600_000 }); }
}
const server = http.createServer();
server.keepAliveTimeout = 65000 satisfies number;
export const values: readonly number[] = [1, 2, 3] as const;
export { Client, Timeouts, server };
`;

const JSX = `import http from 'node:http';
const agent = new http.Agent({ keepAlive: true, timeout: 4000, maxSockets: 8 });
export function Panel({ limit = 10 }) {
  return <div data-limit={limit} style={{ width: 400, height: 3e2 }}>{[1, 2].map((n) => <span key={n}>{n * 100}</span>)} text 42</div>;
}
export { agent };
`;

export const NUMBER_EDIT_SAMPLES: readonly NumberEditSample[] = [
  { name: 'an ES module', filename: '/w/service.mjs', jsx: false, text: MODULE_JS },
  { name: 'CommonJS with comments', filename: '/w/agent.cjs', jsx: false, text: COMMONJS },
  { name: 'TypeScript with enums, types and decorators', filename: '/w/client.ts', jsx: false, text: TYPESCRIPT },
  { name: 'JSX', filename: '/w/panel.jsx', jsx: true, text: JSX },
];

/** Edits of a number's text: most keep it a number, some make it something else (a BigInt, a syntax error). */
export const NUMBER_REWRITES: ReadonlyArray<{ readonly name: string; readonly rewrite: (raw: string) => string; readonly staysPlainNumber: boolean }> = [
  { name: 'first digit changed', rewrite: (raw) => (raw[0] === '9' ? '1' : raw[0] === '.' ? '.' : String((Number(raw[0]) + 2) % 10 || 1)) + raw.slice(1), staysPlainNumber: true },
  { name: 'a digit appended', rewrite: (raw) => `${raw}0`, staysPlainNumber: true },
  { name: 'a digit prepended', rewrite: (raw) => `1${raw}`, staysPlainNumber: true },
  { name: 'shortened to one character', rewrite: (raw) => raw.replace(/^\.?(.).*$/s, '$1'), staysPlainNumber: true },
  { name: 'replaced by an exponent form', rewrite: () => '6.5e4', staysPlainNumber: true },
  { name: 'replaced by a hexadecimal', rewrite: () => '0xFF_FF', staysPlainNumber: true },
  { name: 'made a BigInt', rewrite: (raw) => `${raw}n`, staysPlainNumber: false },
  { name: 'made a legacy octal', rewrite: (raw) => `0${raw}`, staysPlainNumber: false },
  { name: 'an identifier character appended', rewrite: (raw) => `${raw}x`, staysPlainNumber: false },
  { name: 'a dot appended twice', rewrite: (raw) => `${raw}..`, staysPlainNumber: false },
  { name: 'emptied', rewrite: () => '', staysPlainNumber: false },
];
