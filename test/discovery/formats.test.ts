import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { discover, fileKindOf, readConfigFile, type DiscoveredTimeout } from 'eslint-plugin-keepalive/inspect';
import { FIXTURES, rows } from './rows';

/** Reads one fixture as discovery would (its kind from its path); Terraform needs its grammar, loaded in `before`. */
function read(path: string): readonly DiscoveredTimeout[] {
  const kind = fileKindOf(path);
  assert.ok(kind, `${path} is not a file discovery reads`);
  const reading = readConfigFile(path, kind, readFileSync(join(FIXTURES, path), 'utf8'));
  assert.equal(reading.kind, 'read');
  if (reading.kind !== 'read') return [];
  assert.equal(reading.problem, undefined, reading.problem);
  return reading.timeouts;
}

describe('discovery: each config format', () => {
  // The Terraform grammar loads once; discovering the fixtures waits for it.
  before(() => discover(FIXTURES));

  describe('nginx', () => {
    it('reads http, server and location keepalive_timeout (the innermost wins) and each upstream pool', () => {
      assert.deepEqual(rows(read('nginx/nginx.conf')), [
        '12:4-12:25 nginx server 65000 ms set | keepalive_timeout 65 | http',
        '32:8-32:33 nginx server 15000 ms set | keepalive_timeout 15s 15s | server api.example.com',
        '35:12-35:37 nginx server 90000 ms set | keepalive_timeout "1m30s" | server api.example.com location /reports',
        '17:8-17:29 nginx-upstream balancer 30000 ms set | keepalive_timeout 30s | upstream billing',
        '20:4-20:19 nginx-upstream balancer 60000 ms default | keepalive_timeout unset | upstream search',
        '26:8-26:19 nginx-upstream balancer disabled set | keepalive 0 | upstream legacy',
      ]);
    });

    it('says when an upstream is pooled only by the default of nginx 1.29.7 on', () => {
      const search = read('nginx/nginx.conf').find((t) => t.context === 'upstream search')!;
      assert.match(search.note ?? '', /1\.29\.7/);
      assert.match(search.source, /ngx_http_upstream_keepalive_module\.c/);
    });

    it('gives an included server without its own setting the 75 s default, with the catalogue source', () => {
      const [server] = read('nginx/conf.d/default.conf');
      assert.deepEqual(rows([server!]), ['2:0-2:6 nginx server 75000 ms default | keepalive_timeout unset | server localhost']);
      assert.match(server!.source, /ngx_http_core_module\.c/);
      assert.match(server!.note ?? '', /http block that includes this file/);
    });

    it('reports a file that does not parse as a problem with its line, never a crash', () => {
      const reading = readConfigFile('nginx/conf.d/broken.conf', 'nginx', readFileSync(join(FIXTURES, 'nginx/conf.d/broken.conf'), 'utf8'));
      assert.deepEqual(reading, { kind: 'read', timeouts: [], problem: 'not read: "keepalive_timeout" has no ";" before "}" (line 3, column 5)' });
    });

    it('keeps a quoted ";" or "{" inside a word and a ${variable} whole', () => {
      const text = 'http {\n  map $http_x "a;b{" { default 1; }\n  add_header X-Host "${host}";\n  keepalive_timeout 20;\n}\n';
      const reading = readConfigFile('nginx.conf', 'nginx', text);
      assert.deepEqual(reading.kind === 'read' ? rows(reading.timeouts) : reading, ['4:2-4:22 nginx server 20000 ms set | keepalive_timeout 20 | http']);
    });
  });

  describe('HAProxy', () => {
    it('falls back from http-keep-alive to http-request to client, and takes each from its defaults section', () => {
      assert.deepEqual(rows(read('haproxy/haproxy.cfg')), [
        '11:1-11:22 haproxy server 50000 ms set | timeout client 50000 | frontend public (from defaults)',
        '20:1-20:27 haproxy server 4000 ms set | timeout http-keep-alive 4s | frontend api',
        '12:1-12:22 haproxy-backend balancer 50000 ms set | timeout server 50000 | backend app (from defaults)',
        '28:1-28:18 haproxy server 3600000 ms set | timeout client 1h | listen database (from defaults tcp-defaults)',
        '37:1-37:25 haproxy server 10000 ms set | timeout http-request 10s | frontend internal (from defaults)',
        '44:1-44:18 haproxy-backend balancer 120000 ms set | timeout server 2m | backend internal-app',
      ]);
    });

    it('reads a bare number as milliseconds and says which fallback applied', () => {
      const publicFrontend = read('haproxy/haproxy.cfg')[0]!;
      assert.equal(publicFrontend.note, 'no timeout http-keep-alive or http-request: HAProxy falls back to timeout client');
    });

    it('gives a section with no timeout at all HAProxy’s own default: none', () => {
      const reading = readConfigFile('haproxy.cfg', 'haproxy', 'frontend web\n  bind :80\nbackend app\n  server a 10.0.0.1:80\n');
      assert.deepEqual(reading.kind === 'read' ? rows(reading.timeouts) : reading, [
        '1:0-1:12 haproxy server never default | timeout http-keep-alive, http-request, client unset | frontend web',
        '3:0-3:11 haproxy-backend balancer never default | timeout server unset | backend app',
      ]);
    });
  });

  describe('Spring Boot', () => {
    it('falls back from keep-alive-timeout to connection-timeout (Tomcat’s own fallback)', () => {
      assert.deepEqual(rows(read('spring/application.properties')), ['4:0-4:36 spring-boot-tomcat server 20000 ms set | server.tomcat.connection-timeout=20s | Spring Boot']);
    });

    it('reads each separator, ISO-8601, a bare number as milliseconds, and a placeholder without default as unknown', () => {
      assert.deepEqual(rows(read('spring/application-prod.properties')), [
        '1:0-1:40 spring-boot-tomcat server 75000 ms set | server.tomcat.keep-alive-timeout = 75000 | Spring Boot',
        '2:0-2:42 jetty server 120000 ms set | server.jetty.connection-idle-timeout: PT2M | Spring Boot',
        '3:0-3:39 reactor-netty server unknown set | server.netty.idle-timeout ${NETTY_IDLE} | Spring Boot',
      ]);
    });

    it('reads YAML in every document, camelCase keys and a placeholder’s visible default', () => {
      assert.deepEqual(rows(read('spring/application.yml')), [
        '7:4-7:44 undertow server 90000 ms set | server.undertow.no-request-timeout: ${UNDERTOW_IDLE:90s} | Spring Boot',
        '15:4-15:24 spring-boot-tomcat server 5000 ms set | server.tomcat.keepAliveTimeout: 5s | Spring Boot',
      ]);
    });

    it('gives an application.properties that sets nothing the embedded Tomcat’s 60 s', () => {
      const reading = readConfigFile('src/main/resources/application.properties', 'spring', 'server.port=8080\n');
      assert.deepEqual(reading.kind === 'read' ? rows(reading.timeouts) : reading, ['1:0-1:0 spring-boot-tomcat server 60000 ms default | server.tomcat.keep-alive-timeout unset | Spring Boot']);
      const profile = readConfigFile('application-dev.properties', 'spring', 'server.port=8080\n');
      assert.deepEqual(profile.kind === 'read' ? profile.timeouts : profile, [], 'a profile file adds to the main one');
    });
  });

  describe('Terraform', () => {
    it('reads literals and variables with a literal default; locals and variables without one are unknown', () => {
      assert.deepEqual(rows(read('terraform/main.tf')), [
        '18:2-18:43 aws-alb server+balancer 120000 ms set | idle_timeout = var.alb_idle_timeout | resource aws_lb.public',
        '21:0-21:29 aws-alb server+balancer 60000 ms default | idle_timeout unset | resource aws_alb.internal',
        '35:2-35:32 aws-nlb server+balancer 600000 ms set | tcp_idle_timeout_seconds = 600 | resource aws_lb_listener.tcp',
        '40:2-40:27 aws-elb server+balancer unknown set | idle_timeout = local.idle | resource aws_elb.legacy',
        '45:2-45:30 azure-lb server+balancer 900000 ms set | idle_timeout_in_minutes = 15 | resource azurerm_lb_rule.web',
        '48:0-48:50 gcp-alb server 610000 ms default | http_keep_alive_timeout_sec unset | resource google_compute_target_https_proxy.web',
        '48:0-48:50 gcp-alb-backend balancer 600000 ms default | backend keep-alive (fixed) | resource google_compute_target_https_proxy.web',
        '54:2-54:47 gcp-alb-regional server unknown set | http_keep_alive_timeout_sec = var.region_idle | resource google_compute_region_target_http_proxy.internal',
        '52:0-52:61 gcp-alb-backend balancer 600000 ms default | backend keep-alive (fixed) | resource google_compute_region_target_http_proxy.internal',
      ]);
    });

    it('gives a network load balancer without a listener setting the NLB’s 350 s', () => {
      const reading = readConfigFile('nlb.tf', 'terraform', 'resource "aws_lb" "tcp" {\n  load_balancer_type = "network"\n}\n');
      assert.deepEqual(reading.kind === 'read' ? rows(reading.timeouts) : reading, ['1:0-1:23 aws-nlb server+balancer 350000 ms default | tcp_idle_timeout_seconds unset on its listeners | resource aws_lb.tcp']);
    });
  });

  describe('Kubernetes', () => {
    it('reads Service annotations (seconds for AWS, minutes for Azure) and the ingress-nginx ConfigMap', () => {
      assert.deepEqual(rows(read('kubernetes/manifests.yaml')), [
        '6:4-6:79 aws-elb server+balancer 120000 ms set | service.beta.kubernetes.io/aws-load-balancer-connection-idle-timeout: "120" | Service web',
        '15:4-15:73 azure-lb server+balancer 600000 ms set | service.beta.kubernetes.io/azure-load-balancer-tcp-idle-timeout: "10" | Service worker',
        '28:2-28:18 ingress-nginx server 30000 ms set | keep-alive: "30" | ConfigMap ingress-nginx-controller',
        '27:0-27:4 ingress-nginx-upstream balancer 60000 ms default | upstream-keepalive-timeout unset | ConfigMap ingress-nginx-controller',
      ]);
    });

    it('skips a Helm template (not YAML until rendered) that holds nothing discovery reads', () => {
      assert.deepEqual(read('kubernetes/helm-template.yaml'), []);
    });
  });

  describe('Envoy, Traefik and Caddy', () => {
    it('Envoy: the connection manager’s idle timeout, each cluster’s pool, 1 h when unset', () => {
      assert.deepEqual(rows(read('envoy/envoy.yaml')), [
        '14:12-14:29 envoy server 30000 ms set | idle_timeout: 30s | listener listener_0',
        '24:10-24:28 envoy-upstream balancer 500 ms set | idle_timeout: 0.5s | cluster service_backend',
        '27:4-27:25 envoy-upstream balancer 3600000 ms default | common_http_protocol_options.idle_timeout unset | cluster service_default',
      ]);
    });

    it('Traefik: each entry point (180 s when unset) and the servers transport, a bare number being seconds', () => {
      assert.deepEqual(rows(read('traefik/traefik.yml')), [
        '6:8-6:24 traefik server 42000 ms set | idleTimeout: 42s | entryPoint web',
        '7:2-7:11 traefik server 180000 ms default | respondingTimeouts.idleTimeout unset | entryPoint websecure',
        '11:4-11:23 traefik-upstream balancer 30000 ms set | idleConnTimeout: 30 | serversTransport',
      ]);
    });

    it('Caddy: the global idle timeout and each reverse_proxy’s keepalive (2 min when unset)', () => {
      assert.deepEqual(rows(read('caddy/Caddyfile')), [
        '4:3-4:10 caddy server 120000 ms set | timeouts idle 2m | servers',
        '12:3-12:16 caddy-upstream balancer 45000 ms set | keepalive 45s | reverse_proxy app:3000',
        '16:2-16:27 caddy-upstream balancer 120000 ms default | keepalive unset | reverse_proxy static:8080',
      ]);
    });
  });

  describe('Dockerfile and Procfile commands', () => {
    it('reads gunicorn and uvicorn flags in exec and shell form, across line continuations', () => {
      assert.deepEqual(rows(read('commands/Dockerfile')), ['4:6-4:24 gunicorn server 75000 ms set | --keep-alive 75 | CMD']);
      assert.deepEqual(rows(read('commands/Dockerfile.api')), ['2:43-2:66 uvicorn server 30000 ms set | --timeout-keep-alive=30 | ENTRYPOINT']);
    });

    it('knows gunicorn’s sync worker keeps no connection alive, and gives the others their defaults', () => {
      assert.deepEqual(rows(read('commands/Dockerfile.sync')), ['2:4-2:12 gunicorn server disabled set | gunicorn with the sync worker | CMD']);
      assert.deepEqual(rows(read('commands/Procfile')), [
        '1:5-1:13 gunicorn server 2000 ms default | --keep-alive unset | process web',
        '2:5-2:12 uvicorn server 5000 ms default | --timeout-keep-alive unset | process api',
      ]);
    });
  });
});
