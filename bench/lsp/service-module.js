'use strict';
// Generates the service modules both language servers are measured on: ordinary application code (classes,
// validation, mapping, async handlers) with HTTP client pools and servers at about the density of a real
// service, deterministic for a given size and seed so runs compare.

/** One client pool per this many lines, one server per SERVER_EVERY pools. */
const LINES_PER_POOL = 120;
const SERVER_EVERY = 8;

const HEADER = `// Generated service module: clients for the services this one calls, and its own HTTP endpoints.
import http from 'node:http';
import https from 'node:https';
import { Agent as DispatcherAgent, Pool, request } from 'undici';
import KeepAliveAgent, { HttpsAgent } from 'agentkeepalive';
import { readFile } from 'node:fs/promises';

const SECOND = 1000;
const DEFAULT_PAGE_SIZE = 50;
`;

/** A small deterministic RNG (mulberry32), so the same size gives the same module. */
function randomGenerator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Ordinary code: what most of a service module is.
const ORDINARY = [
  (n) => `export class OrderRepository${n} {
  constructor(database, cache) {
    this.database = database;
    this.cache = cache;
    this.pending = new Map();
  }

  async find(id) {
    const cached = this.cache.get(\`order:\${id}\`);
    if (cached) return cached;
    const rows = await this.database.query('SELECT * FROM orders WHERE id = $1', [id]);
    if (rows.length === 0) throw new NotFoundError${n}(\`order \${id}\`);
    const order = toOrder${n}(rows[0]);
    this.cache.set(\`order:\${id}\`, order, 30 * SECOND);
    return order;
  }

  async list({ page = 1, size = DEFAULT_PAGE_SIZE, status } = {}) {
    const offset = (page - 1) * size;
    const filters = status ? ['status = $3'] : [];
    const sql = \`SELECT * FROM orders \${filters.length ? 'WHERE ' + filters.join(' AND ') : ''} LIMIT $1 OFFSET $2\`;
    const rows = await this.database.query(sql, status ? [size, offset, status] : [size, offset]);
    return rows.map(toOrder${n});
  }
}
`,
  (n) => `class NotFoundError${n} extends Error {
  constructor(what) {
    super(\`\${what} was not found\`);
    this.name = 'NotFoundError';
    this.status = 404;
  }
}

function toOrder${n}(row) {
  return {
    id: row.id,
    customer: { id: row.customer_id, name: row.customer_name ?? 'unknown' },
    lines: JSON.parse(row.lines || '[]').map((line) => ({ sku: line.sku, quantity: Number(line.quantity) })),
    total: Math.round(Number(row.total) * 100) / 100,
    createdAt: new Date(row.created_at),
  };
}
`,
  (n) => `export function validateOrder${n}(input) {
  const problems = [];
  if (typeof input !== 'object' || input === null) return ['the order must be an object'];
  if (!/^[A-Z]{2}-\\d{6}$/.test(String(input.reference))) problems.push('reference must look like AB-123456');
  if (!Array.isArray(input.lines) || input.lines.length === 0) problems.push('an order needs at least one line');
  for (const [index, line] of (input.lines ?? []).entries()) {
    if (!line.sku) problems.push(\`line \${index + 1}: sku is missing\`);
    if (!(Number.isInteger(line.quantity) && line.quantity > 0)) problems.push(\`line \${index + 1}: quantity must be a positive whole number\`);
  }
  switch (input.currency) {
    case 'EUR':
    case 'USD':
    case 'GBP':
      break;
    default:
      problems.push(\`currency \${input.currency} is not supported\`);
  }
  return problems;
}
`,
  (n) => `export async function loadPriceList${n}(path) {
  const text = await readFile(path, 'utf8');
  const prices = new Map();
  for (const line of text.split('\\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const [sku, amount, currency = 'EUR'] = trimmed.split(',');
    prices.set(sku, { amount: Number(amount), currency });
  }
  return prices;
}

export const retryPolicy${n} = {
  attempts: 3,
  delay: (attempt) => Math.min(2 ** attempt * 100, 2 * SECOND) + Math.floor(Math.random() * 50),
  retryable: (error) => ['ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(error.code) || error.status >= 500,
};
`,
  (n) => `export async function withRetry${n}(operation, policy = retryPolicyDefault) {
  let lastError;
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    try {
      return await operation(attempt);
    } catch (error) {
      lastError = error;
      if (!policy.retryable(error) || attempt === policy.attempts) break;
      await new Promise((resolve) => setTimeout(resolve, policy.delay(attempt)));
    }
  }
  throw lastError;
}
`,
];

// Client pools: a timeout value written as `timeout: <d>000` is what the benchmark edits (4000 passes
// against the assumed 5 s server, 6000 does not), so every edit changes the findings.
const POOLS = [
  (n, ok) => `const inventoryAgent${n} = new http.Agent({ keepAlive: true, timeout: ${ok ? 4 : 6}000, maxSockets: 32 });

export async function stockOf${n}(sku) {
  return withRetry${n}(() => getJson${n}(\`http://inventory.internal/stock/\${encodeURIComponent(sku)}\`, inventoryAgent${n}));
}
`,
  (n, ok) => `const paymentsAgent${n} = new https.Agent({ keepAlive: true, timeout: ${ok ? 4 : 6}000, maxSockets: 16, maxFreeSockets: 4 });

function getJson${n}(url, agent) {
  return new Promise((resolve, reject) => {
    const client = url.startsWith('https:') ? https : http;
    const outgoing = client.get(url, { agent }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => (response.statusCode < 400 ? resolve(JSON.parse(body)) : reject(Object.assign(new Error(body), { status: response.statusCode }))));
    });
    outgoing.on('error', reject);
  });
}
export const payments${n} = { agent: paymentsAgent${n}, charge: (order) => getJson${n}(\`https://payments.internal/charge/\${order.id}\`, paymentsAgent${n}) };
`,
  (n) => `const searchDispatcher${n} = new DispatcherAgent({ keepAliveTimeout: 30 * SECOND, connections: 20 });

export async function search${n}(query) {
  const { body, statusCode } = await request(\`http://search.internal/q?text=\${encodeURIComponent(query)}\`, { dispatcher: searchDispatcher${n} });
  if (statusCode >= 400) throw new Error(\`search answered \${statusCode}\`);
  return body.json();
}
`,
  (n) => `const catalogPool${n} = new Pool('http://catalog.internal', { keepAliveTimeout: 4 * SECOND, keepAliveMaxTimeout: 4 * SECOND, connections: 10 });
export const reportsAgent${n} = new HttpsAgent({ freeSocketTimeout: 4000, maxSockets: 8, maxFreeSockets: 2 });
export const legacyAgent${n} = new KeepAliveAgent({ maxSockets: 4 });
`,
];

const SERVER = (n) => `export function startServer${n}(handler, port = 8080 + ${n % 100}) {
  const server = http.createServer(async (incoming, outgoing) => {
    try {
      const result = await handler(incoming);
      outgoing.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    } catch (error) {
      outgoing.writeHead(error.status ?? 500).end(error.message);
    }
  });
  server.keepAliveTimeout = ${n % 2 === 0 ? 65 : 5} * SECOND;
  server.headersTimeout = 66 * SECOND;
  return server.listen(port);
}
`;

/**
 * A module of `lines` lines (±1). The `timeout: <d>000` values of `http.Agent` / `https.Agent` pools are the
 * edit targets; half of them start valid.
 */
function serviceModule(lines, seed = lines) {
  const random = randomGenerator(seed);
  const parts = [HEADER, `const retryPolicyDefault = { attempts: 2, delay: () => 100, retryable: () => false };\n`];
  let count = countLines(parts.join(''));
  let block = 0;
  let pools = 0;
  let nextPoolAt = LINES_PER_POOL / 2;
  while (count < lines) {
    let text;
    if (count >= nextPoolAt) {
      text = pools % SERVER_EVERY === SERVER_EVERY - 1 ? SERVER(block) : POOLS[pools % POOLS.length](block, random() < 0.5);
      pools++;
      nextPoolAt += LINES_PER_POOL;
    } else {
      // The helpers each pool block calls exist in every block: a pool block and its ordinary neighbours share `n`.
      text = ORDINARY[Math.floor(random() * ORDINARY.length)](block);
    }
    parts.push(`${text}\n`);
    count += countLines(text) + 1;
    block++;
  }
  return fitToLines(parts, lines);
}

function countLines(text) {
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return lines;
}

/** Drops whole blocks from the end until the module fits, then pads it with comment lines. */
function fitToLines(parts, lines) {
  const kept = [...parts];
  let count = countLines(kept.join(''));
  while (count > lines && kept.length > 2) count -= countLines(kept.pop());
  const missing = lines - count;
  return kept.join('') + Array.from({ length: Math.max(0, missing) }, (_, i) => `// padding ${i + 1}\n`).join('');
}

/** Offsets of the first digit of each editable `timeout: <d>000` (a one-character change toggles it 4 ↔ 6). */
function editableTimeouts(text) {
  const offsets = [];
  for (const match of text.matchAll(/new https?\.Agent\(\{ keepAlive: true, timeout: ([46])000\b/g)) {
    offsets.push(match.index + match[0].length - 4);
  }
  return offsets;
}

/** Offsets of the `k` of each such agent's `keepAlive` key: an edit in code (toggling k ↔ K), not in a number. */
function editableKeepAliveKeys(text) {
  const offsets = [];
  for (const match of text.matchAll(/new https?\.Agent\(\{ keepAlive: true, timeout: [46]000\b/g)) {
    offsets.push(match.index + match[0].indexOf('keepAlive'));
  }
  return offsets;
}

/**
 * The one-character edits the latency bench makes, by kind: where each is made and the two characters it
 * toggles between. Both change the findings every time.
 */
const EDIT_KINDS = {
  number: { describe: 'the first digit of a `timeout: 4000` ↔ `6000`', targets: editableTimeouts, toggle: ['4', '6'] },
  code: { describe: 'the first letter of that pool’s `keepAlive` ↔ `KeepAlive` key', targets: editableKeepAliveKeys, toggle: ['k', 'K'] },
};

module.exports = { serviceModule, editableTimeouts, EDIT_KINDS, randomGenerator, countLines };
