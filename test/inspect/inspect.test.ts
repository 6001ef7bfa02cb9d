import assert from 'node:assert/strict';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import {
  catalogMarkdown,
  inspect,
  inspectSourceCode,
  mayContainSites,
  sourceLink,
  type InspectedClientSite,
  type InspectedServerSite,
  type TimeoutReport,
} from 'eslint-plugin-keepalive/inspect';
import { servers } from 'eslint-plugin-keepalive/catalog';

const FILE = '/project/src/client.js';

function idleReport(code: string, keepaliveSettings?: Record<string, unknown>): TimeoutReport | undefined {
  const result = inspect(code, { filename: FILE, cwd: '/project', settings: { keepalive: keepaliveSettings } });
  assert.equal(result.sites.length, 1, JSON.stringify(result.parseError));
  return result.sites[0]!.timeouts[0];
}

describe('inspect: the editor API', () => {
  describe('an explicit idle timeout', () => {
    const code = "const http = require('http');\nconst agent = new http.Agent({ keepAlive: true, timeout: 90_000 });\n";
    const result = inspect(code, { filename: FILE, cwd: '/project', settings: { keepalive: { servers: ['nginx'] } } });
    const site = result.sites[0] as InspectedClientSite;
    const report = site.timeouts[0]!;

    it('names the site, its library and where it is, as offsets and ESLint lines/columns', () => {
      assert.equal(site.label, 'http.Agent');
      assert.deepEqual(site.library, { id: 'node-agent', name: 'Node.js http.Agent' });
      assert.equal(code.slice(site.range.start.offset, site.range.end.offset), 'new http.Agent({ keepAlive: true, timeout: 90_000 })');
      assert.deepEqual(site.constructorRange.start, { offset: 48, line: 2, column: 18 });
      assert.equal(site.pooled, true);
    });

    it('lists the resolved settings with their source', () => {
      const idle = site.settings.find((setting) => setting.concept === 'idleTimeoutMs')!;
      assert.deepEqual([idle.source, idle.option, idle.value], ['explicit', 'timeout', 90000]);
      assert.equal(code.slice(idle.valueRange!.start.offset, idle.valueRange!.end.offset), '90_000');
      const maxFree = site.settings.find((setting) => setting.concept === 'maxFreeSockets')!;
      assert.deepEqual([maxFree.source, maxFree.value], ['default', 256]);
      assert.match(maxFree.catalogSource!, /^nodejs\/node:lib\/_http_agent\.js/);
    });

    it('compares the value with each target and says what to change', () => {
      assert.deepEqual([report.ms, report.value, report.source, report.verdict], [90000, '90 s', 'explicit', 'too-long']);
      assert.equal(code.slice(report.at.start.offset, report.at.end.offset), '90_000');
      assert.deepEqual(report.targets.map((t) => [t.id, t.idle, t.relation, t.limitMs]), [['nginx', '75 s', 'not-below', 74000]]);
      assert.equal(report.deciding?.id, 'nginx');
      assert.equal(report.change, 'Set `timeout: 74_000` (nginx closes idle connections after 75 s, minus 1 s margin).');
      assert.equal(report.rule?.id, 'keepalive/require-idle-timeout-below-server');
      assert.equal(report.rule?.docUrl, keepalive.rules['require-idle-timeout-below-server'].meta.docs?.url);
    });

    it('compares it with the common servers of the catalogue too, each with its source', () => {
      const byId = Object.fromEntries(report.catalogue.map((c) => [c.id, c]));
      assert.deepEqual([byId['node']?.idle, byId['node']?.relation], ['5 s', 'not-below']);
      assert.deepEqual([byId['gunicorn']?.idle, byId['gunicorn']?.relation], ['2 s', 'not-below']);
      assert.deepEqual([byId['azure-lb']?.idle, byId['azure-lb']?.relation], ['4 min', 'below']);
      assert.deepEqual([byId['haproxy']?.idle, byId['haproxy']?.relation], ['never', 'server-keeps']);
      assert.ok(report.catalogue.every((c) => c.source.length > 0));
      assert.equal(byId['aws-alb']?.sourceUrl?.startsWith('https://docs.aws.amazon.com/'), true);
    });

    it('is plain JSON', () => {
      assert.deepEqual(JSON.parse(JSON.stringify(result)), result);
    });
  });

  describe('verdicts', () => {
    const AGENT = (options: string) => `import http from 'node:http';\nnew http.Agent({ keepAlive: true${options} });\n`;

    it('a default that never closes idle sockets is annotated on the construction, hovered on the constructor', () => {
      const code = AGENT('');
      const report = idleReport(code)!;
      assert.deepEqual([report.source, report.ms, report.value, report.verdict], ['default', null, 'never closed', 'never-closed']);
      assert.equal(code.slice(report.at.start.offset, report.at.end.offset), 'new http.Agent({ keepAlive: true })');
      assert.equal(code.slice(report.hoverRange.start.offset, report.hoverRange.end.offset), 'http.Agent');
      assert.equal(report.rule?.id, 'keepalive/require-idle-timeout');
      assert.equal(report.change, 'Set `timeout: 4000` (Node.js (assumed) closes idle connections after 5 s, minus 1 s margin).');
    });

    it('a value below the server by less than the margin is too long', () => {
      const report = idleReport(AGENT(', timeout: 4500'))!;
      assert.deepEqual([report.verdict, report.deciding?.relation], ['too-long', 'within-margin']);
    });

    it('a value below every target is fine, and the tightest target decides', () => {
      const report = idleReport(AGENT(', timeout: 3000'), { servers: ['nginx', 'uvicorn'] })!;
      assert.deepEqual([report.verdict, report.deciding?.id, report.deciding?.relation], ['ok', 'uvicorn', 'below']);
      assert.equal(report.change, 'Nothing to change: idle sockets close at least 1 s before Uvicorn closes them (5 s).');
      assert.equal(report.rule, null);
    });

    it('servers that never close idle connections leave nothing to race', () => {
      const report = idleReport(AGENT(', timeout: 30000'), { servers: ['haproxy'] })!;
      assert.deepEqual([report.verdict, report.deciding?.relation], ['ok', 'server-keeps']);
    });

    it('a rounded value says so', () => {
      assert.deepEqual([idleReport(AGENT(', timeout: 1234'))!.value, idleReport(AGENT(', timeout: 1234'))!.rounded], ['1.2 s', true]);
    });

    it('nothing is annotated for a pool without keep-alive or with options it cannot see', () => {
      assert.equal(idleReport("import http from 'node:http';\nnew http.Agent({ maxSockets: 5 });\n"), undefined);
      assert.equal(idleReport("import http from 'node:http';\nexport const make = (o) => new http.Agent(o);\n"), undefined);
    });
  });

  it('parses TypeScript by the file name', () => {
    const code = "import { Agent } from 'undici';\nexport const pool: Agent = new Agent({ keepAliveTimeout: 10_000 } as const);\n";
    const result = inspect(code, { filename: '/project/src/pool.ts', cwd: '/project' });
    assert.equal(result.parseError, null);
    assert.deepEqual(result.sites[0]!.timeouts.map((t) => [t.option, t.value, t.verdict]), [['keepAliveTimeout', '10 s', 'too-long']]);
  });

  it('finds no site in a declaration file, which never runs (as the rules see it)', () => {
    const code = "import http from 'node:http';\nexport const agent = new http.Agent({ keepAlive: true });\n";
    assert.equal(inspect(code, { filename: '/project/src/agent.ts', cwd: '/project' }).sites.length, 1);
    for (const name of ['agent.d.ts', 'agent.d.mts', 'styles.d.css.ts']) {
      const result = inspect(code, { filename: `/project/src/${name}`, cwd: '/project' });
      assert.equal(result.parseError, null, name);
      assert.deepEqual(result.sites, [], name);
    }
  });

  it('reports a text that does not parse instead of throwing', () => {
    const result = inspect("import http from 'node:http';\nnew http.Agent({", { filename: FILE });
    assert.deepEqual(result.sites, []);
    assert.match(result.parseError!.message, /^Parsing error/);
  });

  it('passes malformed settings on as sentences, with the valid rest applied', () => {
    const result = inspect('', { filename: FILE, settings: { keepalive: { servers: ['ngnix', 'nginx'] } } });
    assert.match(result.problems[0]!, /unknown server id "ngnix"/);
    assert.deepEqual(result.targets.servers.map((t) => t.id), ['nginx']);
  });

  it('inspects a SourceCode the Linter already verified, with the same result as a fresh parse', () => {
    const code = "const { Pool } = require('undici');\nnew Pool('http://api', { keepAliveTimeout: 60_000 });\n";
    const linter = new Linter({ cwd: '/project' });
    linter.verify(code, [keepalive.configs.recommended as Linter.Config], { filename: FILE });
    const reused = inspectSourceCode(linter.getSourceCode(), { filename: FILE, cwd: '/project' });
    assert.deepEqual(reused, inspect(code, { filename: FILE, cwd: '/project' }));
  });
});

describe("inspect: undici's keep-alive cap against the middleboxes on the way", () => {
  const CODE = [
    "const { Agent, Pool } = require('undici');",
    "new Agent({ keepAliveTimeout: 4000, keepAliveMaxTimeout: 300_000 });",
    "new Pool('http://api', { keepAliveTimeout: 4000 });",
    "new Agent({ keepAliveTimeout: 4000, keepAliveMaxTimeout: 30e3 });",
    "new Agent({ keepAliveTimeout: 4000, keepAliveMaxTimeout: 0 });",
    '',
  ].join('\n');
  const caps = (servers: string[]) =>
    inspect(CODE, { filename: FILE, cwd: '/project', settings: { keepalive: { servers } } }).sites.map((site) =>
      site.timeouts.find((timeout) => timeout.concept === 'keepAliveCapMs'),
    );

  it('an explicit cap above a declared balancer is too long, with the value to write and the rule', () => {
    const report = caps(['nginx', 'aws-alb'])[0]!;
    assert.deepEqual([report.name, report.shortName, report.option, report.source, report.value, report.verdict], ['keep-alive cap', 'cap', 'keepAliveMaxTimeout', 'explicit', '5 min', 'too-long']);
    assert.equal(CODE.slice(report.at.start.offset, report.at.end.offset), '300_000');
    // Only the middleboxes among the servers are compared: nginx hints its own timeout, which the cap cannot stretch past.
    assert.deepEqual(report.targets.map((t) => [t.id, t.relation, t.limitMs]), [['aws-alb', 'not-below', 59000]]);
    assert.equal(report.deciding?.id, 'aws-alb');
    assert.equal(report.change, 'Set `keepAliveMaxTimeout: 59_000` (AWS Application Load Balancer drops idle flows after 60 s, minus 1 s margin).');
    assert.deepEqual([report.rule?.id, report.rule?.docUrl], ['keepalive/require-keepalive-cap', keepalive.rules['require-keepalive-cap'].meta.docs?.url]);
  });

  it('is compared with common middleboxes of the catalogue, L4 devices included', () => {
    const byId = Object.fromEntries(caps(['azure-lb'])[0]!.catalogue.map((c) => [c.id, c.relation]));
    assert.deepEqual([byId['aws-alb'], byId['azure-lb'], byId['aws-nlb'], byId['generic-l4-vip']], ['not-below', 'not-below', 'below', 'below']);
    assert.equal(byId['nginx'], undefined);
  });

  it('a default cap is annotated on the construction only when it is too long', () => {
    const [, pool] = caps(['azure-lb']);
    assert.deepEqual([pool!.source, pool!.value, pool!.option, pool!.verdict, pool!.deciding?.id], ['default', '10 min', 'keepAliveMaxTimeout', 'too-long', 'azure-lb']);
    assert.equal(CODE.slice(pool!.hoverRange.start.offset, pool!.hoverRange.end.offset), 'Pool');
    assert.equal(CODE.slice(pool!.at.start.offset, pool!.at.end.offset), "new Pool('http://api', { keepAliveTimeout: 4000 })");
    assert.deepEqual(caps(['generic-l4-vip']).slice(1, 2), [undefined]);
  });

  it('a cap below every middlebox is fine, and says by how much', () => {
    const report = caps(['aws-alb', 'azure-lb'])[2]!;
    assert.deepEqual([report.value, report.verdict, report.deciding?.id, report.rule], ['30 s', 'ok', 'aws-alb', null]);
    assert.match(report.change, /^Nothing to change: a server's `Keep-Alive` hint can keep a socket idle at most 30 s, at least 1 s less than AWS Application Load Balancer/);
  });

  it('a value undici rejects (0) is not annotated: it is a different finding', () => {
    assert.equal(caps(['aws-alb'])[3], undefined);
  });

  it('without a middlebox among the servers nothing is annotated: the cap races nothing', () => {
    assert.deepEqual(caps(['nginx']), [undefined, undefined, undefined, undefined]);
    assert.deepEqual(caps([]), [undefined, undefined, undefined, undefined]);
  });

  it("Node's agent never raises its idle time from a hint: no cap to show", () => {
    const code = "const http = require('http');\nnew http.Agent({ keepAlive: true, timeout: 4000 });\n";
    const result = inspect(code, { filename: FILE, cwd: '/project', settings: { keepalive: { servers: ['aws-alb'] } } });
    assert.deepEqual(result.sites[0]!.timeouts.map((t) => t.concept), ['idleTimeoutMs']);
  });
});

describe('inspect: connection lifetimes against a server that ends old connections', () => {
  const CODE = [
    "const { Pool } = require('undici');",
    "new Pool('http://billing', { keepAliveTimeout: 4000 });",
    "new Pool('http://billing', { keepAliveTimeout: 4000, clientTtl: 300_000 });",
    "new Pool('http://billing', { keepAliveTimeout: 4000, clientTtl: 3_600_000 });",
    '',
  ].join('\n');
  const billingLb = { name: 'billing-lb', idleTimeoutMs: 60_000, kind: 'l4', maxConnectionAgeMs: 600_000 };
  const lifetimes = (servers: unknown[]) =>
    inspect(CODE, { filename: FILE, cwd: '/project', settings: { keepalive: { servers } } }).sites.map((site) =>
      site.timeouts.find((timeout) => timeout.concept === 'maxLifetimeMs'),
    );

  it('a pool without a lifetime is annotated on its construction, with the value to write', () => {
    const report = lifetimes([billingLb])[0]!;
    assert.deepEqual([report.name, report.shortName, report.limitName, report.source, report.option, report.value, report.verdict], ['connection lifetime', 'lifetime', 'connection age', 'default', 'clientTtl', 'no limit', 'too-long']);
    assert.deepEqual(report.targets.map((t) => [t.id, t.idle, t.relation, t.limitMs]), [['billing-lb', '10 min', 'not-below', 599000]]);
    assert.equal(report.change, 'Set `clientTtl: 599_000` (billing-lb ends connections after 10 min, minus 1 s margin).');
    assert.equal(report.rule?.id, 'keepalive/require-keepalive-cap');
    assert.deepEqual(report.catalogue, []);
  });

  it('an explicit lifetime is compared with the age limit, below or not', () => {
    const [, short, long] = lifetimes([billingLb]);
    assert.deepEqual([short!.value, short!.verdict, short!.deciding?.relation, short!.rule], ['5 min', 'ok', 'below', null]);
    assert.match(short!.change, /^Nothing to change: connections end after at most 5 min, at least 1 s before billing-lb ends them \(10 min\)\.$/);
    assert.equal(CODE.slice(long!.at.start.offset, long!.at.end.offset), '3_600_000');
    assert.deepEqual([long!.verdict, long!.deciding?.relation], ['too-long', 'not-below']);
  });

  it('without a server that limits connection age nothing is annotated', () => {
    assert.deepEqual(lifetimes([{ ...billingLb, maxConnectionAgeMs: undefined }]), [undefined, undefined, undefined]);
    assert.deepEqual(lifetimes(['nginx']), [undefined, undefined, undefined]);
  });
});

describe('inspect: servers behind a balancer', () => {
  const code = [
    "const http = require('node:http');",
    'const server = http.createServer(handler);',
    'server.keepAliveTimeout = 30_000;',
    'const other = http.createServer({ keepAliveTimeout: 65_000 }, handler);',
    'function handler() {}',
    '',
  ].join('\n');
  const sites = (frontedBy?: unknown[]) =>
    inspect(code, { filename: FILE, cwd: '/project', settings: { keepalive: { frontedBy } } }).sites as InspectedServerSite[];

  it('finds each server with its framework, and the value an assignment sets', () => {
    const [first, second] = sites(['aws-alb']);
    assert.deepEqual([first!.kind, first!.label, first!.framework.id], ['server', 'http.createServer()', 'node-http']);
    const keepAlive = first!.settings.find((setting) => setting.concept === 'keepAliveTimeoutMs')!;
    assert.deepEqual([keepAlive.source, keepAlive.option, keepAlive.value], ['explicit', 'keepAliveTimeout', 30000]);
    assert.equal(code.slice(keepAlive.valueRange!.start.offset, keepAlive.valueRange!.end.offset), '30_000');
    assert.equal(code.slice(second!.timeouts[0]!.at.start.offset, second!.timeouts[0]!.at.end.offset), '65_000');
  });

  it('a keep-alive timeout at or below the balancer is too short, with the value to write', () => {
    const report = sites(['aws-alb'])[0]!.timeouts[0]!;
    assert.deepEqual([report.side, report.verdict, report.deciding?.id, report.deciding?.relation, report.deciding?.limitMs], ['server', 'too-short', 'aws-alb', 'not-above', 61000]);
    assert.equal(report.change, 'Set `keepAliveTimeout` to 65_000 (AWS Application Load Balancer 60 s + 5 s), and `headersTimeout` to 66_000 so it stays above it.');
    assert.equal(report.rule?.id, 'keepalive/require-server-idle-above-balancer');
    assert.ok(report.catalogue.some((c) => c.id === 'gcp-alb-backend' && c.relation === 'not-above'));
  });

  it('a keep-alive timeout above every balancer is fine; L4 devices pool nothing and are left out', () => {
    const report = sites(['aws-alb', 'aws-nlb'])[1]!.timeouts[0]!;
    assert.deepEqual([report.verdict, report.targets.map((t) => [t.id, t.relation])], ['ok', [['aws-alb', 'above']]]);
  });

  it('with nothing in front, explicit values are still shown and defaults are not', () => {
    const [first] = sites();
    assert.deepEqual([first!.timeouts[0]!.value, first!.timeouts[0]!.deciding], ['30 s', null]);
    const listen = inspect("require('express')().listen(3000);", { filename: FILE }).sites[0]!;
    assert.deepEqual(listen.timeouts, []);
  });

  it('a default is hovered on the call that starts the server: `app.listen`, not `express`', () => {
    const text = "const app = require('express')();\napp.listen(3000);\n";
    const [report] = inspect(text, { filename: FILE, settings: { keepalive: { frontedBy: ['aws-alb'] } } }).sites[0]!.timeouts;
    assert.equal(text.slice(report!.hoverRange.start.offset, report!.hoverRange.end.offset), 'app.listen');
  });
});

describe('inspect helpers', () => {
  it('mayContainSites: a quoted catalogue module or a request global', () => {
    assert.equal(mayContainSites("import { Agent } from 'undici'"), true);
    assert.equal(mayContainSites('await fetch(url)'), true);
    assert.equal(mayContainSites('const httpClient = makeClient("https://x")'), false);
  });

  it('sourceLink: URLs as they are, repo:path to the file on GitHub, notes to nothing', () => {
    assert.equal(sourceLink('https://example.org/doc#x (2024)'), 'https://example.org/doc#x');
    assert.equal(sourceLink('nginx/nginx:src/http/ngx_http_core_module.c:3945-3946 (default)'), 'https://github.com/nginx/nginx/blob/HEAD/src/http/ngx_http_core_module.c#L3945-L3946');
    assert.equal(sourceLink('nodejs/node:lib/_http_server.js storeHTTPOptions()'), 'https://github.com/nodejs/node/blob/HEAD/lib/_http_server.js');
    assert.equal(sourceLink('observed in a production incident'), null);
  });

  it('catalogMarkdown: every server, every value, with its source', () => {
    const markdown = catalogMarkdown();
    for (const entry of servers) {
      assert.ok(markdown.includes(`| \`${entry.id}\` |`), entry.id);
      assert.equal(markdown.split('\n').filter((line) => line.startsWith('| ')).length > servers.length, true);
    }
    assert.match(markdown, /\| `aws-alb` \| [^\n]+ \| 60 s \| \* \| \[https:\/\/docs\.aws\.amazon\.com\/[^\]]+\]\(https:\/\/docs\.aws\.amazon\.com\//);
  });
});
