// The editor API on Java: `inspectSourceCode` with the SourceCode a Linter just built for a .java file gives every
// site, its settings and one timeout report per value worth annotating, with ranges inside the text.
import assert from 'node:assert/strict';
import { Linter, type SourceCode } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { inspectSourceCode, type InspectedClientSite, type InspectedServerSite, type Inspection, type SourceRange } from 'eslint-plugin-keepalive/inspect';

const FILE = '/project/src/main/java/com/example/Clients.java';

const CODE = `package com.example;

import io.undertow.Undertow;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import org.apache.http.impl.client.HttpClients;

class Clients {
  ConnectionPool pool = new ConnectionPool(5, 5, TimeUnit.MINUTES);
  Object apache = HttpClients.custom().evictIdleConnections(3L, TimeUnit.SECONDS).build();
  Object unknown = HttpClients.custom().setKeepAliveStrategy(Strategies.fromConfig()).build();
  HttpClient jdk = HttpClient.newHttpClient();
  Undertow server = Undertow.builder().build();
}
`;

function inspectJava(text: string, settings: Record<string, unknown>): Inspection {
  const linter = new Linter({ cwd: '/project' });
  const messages = linter.verify(text, [{ files: ['**/*.java'], plugins: { keepalive }, language: 'keepalive/java' }], { filename: FILE });
  assert.deepEqual(messages, []);
  return inspectSourceCode(linter.getSourceCode() as SourceCode, { filename: FILE, cwd: '/project', settings: { keepalive: settings } });
}

const slice = (range: SourceRange) => CODE.slice(range.start.offset, range.end.offset);

describe('inspect on Java', () => {
  before(() => keepalive.languages.java.ready);

  it('finds every site, in text order, with ranges inside the text', () => {
    const result = inspectJava(CODE, { servers: ['nginx'], frontedBy: ['aws-alb'] });
    assert.equal(result.parseError, null);
    assert.deepEqual(
      result.sites.map((site) => site.label),
      ['OkHttp ConnectionPool', 'HttpClients.custom()', 'HttpClients.custom()', 'HttpClient.newHttpClient()', 'Undertow.builder()'],
    );
    for (const site of result.sites) {
      for (const range of [site.range, site.constructorRange, ...site.timeouts.flatMap((report) => [report.at, report.hoverRange])]) {
        assert.ok(range.start.offset >= 0 && range.start.offset <= range.end.offset && range.end.offset <= CODE.length);
        assert.equal(range.start.line, CODE.slice(0, range.start.offset).split('\n').length);
      }
    }
  });

  it('reports an explicit value at the value as written, compared with the targets and common servers', () => {
    const pool = inspectJava(CODE, { servers: ['nginx'] }).sites[0] as InspectedClientSite;
    assert.equal(slice(pool.range), 'new ConnectionPool(5, 5, TimeUnit.MINUTES)');
    const report = pool.timeouts[0]!;
    assert.equal(report.ms, 300_000);
    assert.equal(report.verdict, 'too-long');
    assert.equal(slice(report.at), '5, TimeUnit.MINUTES');
    assert.equal(report.targets[0]!.id, 'nginx');
    assert.ok(report.catalogue.some((row) => row.id === 'tomcat'));
    assert.equal(report.change, 'Set `keepAliveDuration` to 74000 ms (nginx closes idle connections after 75 s, minus 1 s margin).');
    assert.equal(report.rule?.id, 'keepalive/require-idle-timeout-below-server');
  });

  it("shows an evictor's bound (idle plus its sleep) and a strategy it cannot see as nothing", () => {
    const [, evicting, unknown] = inspectJava(CODE, {}).sites as InspectedClientSite[];
    assert.equal(evicting!.timeouts[0]!.ms, 6000);
    assert.equal(slice(evicting!.timeouts[0]!.at), '3L, TimeUnit.SECONDS');
    assert.deepEqual(unknown!.timeouts, []);
    assert.equal(unknown!.settings.find((setting) => setting.concept === 'idleTimeoutMs')?.source, 'unknown');
  });

  it("gives the JDK client the targeted release's default", () => {
    const jdk = (settings: Record<string, unknown>) => (inspectJava(CODE, settings).sites[3] as InspectedClientSite).timeouts[0]!;
    assert.equal(jdk({ java: '17' }).ms, 1_200_000);
    assert.equal(jdk({ java: '21' }).ms, 30_000);
    assert.equal(jdk({}).ms, 30_000);
  });

  it('reports a server against the balancer in front', () => {
    const server = inspectJava(CODE, { frontedBy: ['aws-alb'] }).sites[4] as InspectedServerSite;
    const report = server.timeouts[0]!;
    assert.equal(report.ms, 60_000);
    assert.equal(report.verdict, 'too-short');
    assert.equal(report.change, 'Set `UndertowOptions.NO_REQUEST_TIMEOUT` to 65000 (AWS Application Load Balancer 60 s + 5 s).');
  });
});
