import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import * as tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { servers } from 'eslint-plugin-keepalive/catalog';
import { readTargets, type Target } from 'eslint-plugin-keepalive/settings';
import type * as Advice from '../../eslint-plugin/src/advice';
import type * as Sites from '../../eslint-plugin/src/languages/js/sites';
import { locate } from './locate';
import { keepalive as settings, ruleTester } from './rule-tester';

type MessageIds =
  | 'missingKeepAliveCap'
  | 'keepAliveCapAboveMiddlebox'
  | 'setKeepAliveCap'
  | 'missingLifetimeCap'
  | 'lifetimeCapAboveTarget'
  | 'setLifetimeCap';
type Case = InvalidTestCase<MessageIds, []>;

const rule = keepalive.rules['require-keepalive-cap'];
const NLB = settings({ servers: ['aws-nlb'] });

/** One finding spanning `reported`; `output` is the suggestion's result, `null` when no edit can be offered. */
function invalid(code: string, reported: string, messageId: 'missingKeepAliveCap' | 'keepAliveCapAboveMiddlebox', output: string | null, extra: Partial<Case>): Case {
  return {
    code,
    errors: [{ messageId, ...locate(code, reported), suggestions: output === null ? null : [{ messageId: 'setKeepAliveCap', output }] }],
    ...extra,
  };
}

const invalidCases: Case[] = [
  // Behind an NLB (350 s): undici follows a server's hint up to 600 s by default. The message names the device and its number.
  {
    code: "import { Agent } from 'undici'; export const dispatcher = new Agent();",
    errors: [
      {
        messageId: 'missingKeepAliveCap',
        ...locate("import { Agent } from 'undici'; export const dispatcher = new Agent();", 'new Agent()'),
        data: {
          label: '`new undici.Agent()`',
          option: 'keepAliveMaxTimeout',
          cap: 'up to 10 min',
          target: 'AWS Network Load Balancer',
          limit: '350 s',
          margin: '1 s',
          value: '349000',
        },
        suggestions: [{ messageId: 'setKeepAliveCap', output: "import { Agent } from 'undici'; export const dispatcher = new Agent({ keepAliveMaxTimeout: 349000 });" }],
      },
    ],
    ...NLB,
  },
  // fetch's global dispatcher with an idle timeout but no cap: the hint still raises the idle time.
  invalid(
    "import { Agent, setGlobalDispatcher } from 'undici'; setGlobalDispatcher(new Agent({ keepAliveTimeout: 4000 }));",
    'new Agent({ keepAliveTimeout: 4000 })',
    'missingKeepAliveCap',
    "import { Agent, setGlobalDispatcher } from 'undici'; setGlobalDispatcher(new Agent({ keepAliveTimeout: 4000, keepAliveMaxTimeout: 349000 }));",
    NLB,
  ),
  // An explicit cap above the Azure LB's 240 s: the value is replaced, in its own form.
  invalid(
    "import { Pool } from 'undici'; new Pool('http://orders:8080', { keepAliveMaxTimeout: 600e3 });",
    'keepAliveMaxTimeout: 600e3',
    'keepAliveCapAboveMiddlebox',
    "import { Pool } from 'undici'; new Pool('http://orders:8080', { keepAliveMaxTimeout: 239e3 });",
    settings({ servers: ['azure-lb'] }),
  ),
  // An HTTP load balancer counts too (an ALB closes idle connections after 60 s).
  invalid(
    "import { ProxyAgent } from 'undici'; new ProxyAgent({ uri: 'http://proxy:3128' });",
    "new ProxyAgent({ uri: 'http://proxy:3128' })",
    'missingKeepAliveCap',
    "import { ProxyAgent } from 'undici'; new ProxyAgent({ uri: 'http://proxy:3128', keepAliveMaxTimeout: 59000 });",
    settings({ servers: ['aws-alb'] }),
  ),
  // A custom middlebox; the shortest of several wins, and origin servers (nginx) do not count for the cap.
  invalid(
    "import { Client } from 'undici'; new Client('http://ledger:9000');",
    "new Client('http://ledger:9000')",
    'missingKeepAliveCap',
    "import { Client } from 'undici'; new Client('http://ledger:9000', { keepAliveMaxTimeout: 119000 });",
    settings({ servers: ['nginx', 'aws-nlb', { name: 'corp-firewall', idleTimeoutMs: 120_000, kind: 'l4' }] }),
  ),
  // Multi-line options, numeric separators in the file.
  invalid(
    "import { EnvHttpProxyAgent } from 'undici';\nexport const dispatcher = new EnvHttpProxyAgent({\n  keepAliveTimeout: 4_000,\n  keepAliveMaxTimeout: 900_000, // 15 min\n});\n",
    'keepAliveMaxTimeout: 900_000',
    'keepAliveCapAboveMiddlebox',
    "import { EnvHttpProxyAgent } from 'undici';\nexport const dispatcher = new EnvHttpProxyAgent({\n  keepAliveTimeout: 4_000,\n  keepAliveMaxTimeout: 349_000, // 15 min\n});\n",
    NLB,
  ),
  // The proxy URL shorthand leaves no options object to edit: reported, with no suggestion.
  invalid("import { ProxyAgent } from 'undici'; new ProxyAgent('http://proxy:3128');", "new ProxyAgent('http://proxy:3128')", 'missingKeepAliveCap', null, NLB),
];

ruleTester.run('require-keepalive-cap', rule, {
  valid: [
    // No middlebox declared (the default assumption is a plain server): quiet.
    "import { Agent } from 'undici'; new Agent();",
    { code: "import { Agent } from 'undici'; new Agent();", ...settings({ servers: ['nginx', 'node'] }) },
    // A cap at or below the middlebox's idle timeout.
    { code: "import { Agent } from 'undici'; new Agent({ keepAliveMaxTimeout: 349_000 });", ...NLB },
    { code: "import { Pool } from 'undici'; new Pool('http://a', { keepAliveMaxTimeout: 30_000 });", ...NLB },
    // undici's 600 s default is already below a 30-minute VIP.
    { code: "import { Agent } from 'undici'; new Agent();", ...settings({ servers: ['generic-l4-vip'] }) },
    // Node's agent only ever lowers its timeout with a hint; agentkeepalive overwrites the hint.
    { code: "import http from 'http'; new http.Agent({ keepAlive: true, timeout: 4000 });", ...NLB },
    { code: "import Agent from 'agentkeepalive'; new Agent();", ...NLB },
    // No reuse, no idle socket: undici with pipelining 0.
    { code: "import { Agent } from 'undici'; new Agent({ pipelining: 0 });", ...NLB },
    // Values that cannot be seen.
    { code: "import { Agent } from 'undici'; new Agent({ keepAliveMaxTimeout: Number(process.env.CAP_MS) });", ...NLB },
    { code: "import { Agent } from 'undici'; export const make = (options: object) => new Agent(options);", ...NLB },
    // Look-alikes.
    { code: "import { Agent } from './dispatcher'; new Agent();", ...NLB },
    { code: "import { Pool } from 'pg'; new Pool();", ...NLB },
  ],
  invalid: invalidCases,
});


/**
 * The lifetime branch. No catalogued target ends connections by age without telling the client, and
 * `settings.keepalive` has no key for it yet, so the advice is checked directly: real parsing and site
 * finding, with a custom target that declares a maximum connection age.
 */
describe('require-keepalive-cap: connection lifetime cap (advice)', () => {
  const dist = join(__dirname, '..', '..', '..', 'eslint-plugin', 'dist');
  const advice = require(join(dist, 'advice')) as typeof Advice;
  const sites = require(join(dist, 'languages', 'js', 'sites')) as typeof Sites;

  const base = readTargets({ servers: [{ name: 'vpn-gateway', idleTimeoutMs: 300_000, kind: 'l4' }] }, null);
  const ageLimited: Target = { ...base.servers[0]!, maxConnectionAgeMs: 3_600_000 };
  const targets = { ...base, servers: [ageLimited] };

  /** The verdict for each pool the code builds, computed inside a real lint run. */
  function verdicts(code: string, withTargets: typeof base = targets): string[] {
    const found: string[] = [];
    const probe: Rule.RuleModule = {
      create(context) {
        return {
          'Program:exit'() {
            for (const site of sites.getSites(context.sourceCode as never).clients) {
              const verdict = advice.lifetimeCapVerdict(site, withTargets);
              found.push(verdict.kind === 'not-needed' || verdict.kind === 'unknown' || verdict.kind === 'not-pooled' ? verdict.kind : `${verdict.kind} ${verdict.cap.ms}`);
            }
          },
        };
      },
    };
    const config = { files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { probe: { rules: { verdicts: probe } } }, rules: { 'probe/verdicts': 'error' } } as Linter.Config;
    new Linter({ configType: 'flat' }).verify(code, [config], 'file.ts');
    return found;
  }

  it('asks agentkeepalive for socketActiveTTL below the declared age limit', () => {
    // `socketActiveTTL: 0` turns the cap off: written, so reported on the property.
    assert.deepEqual(verdicts("import Agent from 'agentkeepalive'; new Agent(); new Agent({ socketActiveTTL: 0 });"), [
      'no-lifetime-cap 3599000',
      'lifetime-cap-above-target 3599000',
    ]);
    assert.deepEqual(verdicts("import Agent from 'agentkeepalive'; new Agent({ socketActiveTTL: 7_200_000 }); new Agent({ socketActiveTTL: 3_000_000 });"), [
      'lifetime-cap-above-target 3599000',
      'ok 3599000',
    ]);
  });

  it('applies to undici clientTtl the same way, and never to Node agents, which have no lifetime option', () => {
    assert.deepEqual(verdicts("import { Pool } from 'undici'; import http from 'http'; new Pool('http://a'); new http.Agent({ keepAlive: true });"), [
      'no-lifetime-cap 3599000',
      'not-needed',
    ]);
  });

  it('is quiet without an age-limited target, and for values it cannot see', () => {
    assert.deepEqual(verdicts("import Agent from 'agentkeepalive'; new Agent();", base), ['not-needed']);
    assert.deepEqual(verdicts("import Agent from 'agentkeepalive'; new Agent({ socketActiveTTL: Number(process.env.TTL) });"), ['unknown']);
  });

  it('no catalogued target declares an age limit', () => {
    const all = readTargets({ servers: servers.map((entry) => entry.id) }, null);
    assert.equal(all.servers.length, servers.length);
    assert.equal(advice.cappedLifetime(all), null);
  });
});
