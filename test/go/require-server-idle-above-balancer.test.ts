import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { at, goFile, keepaliveSettings, runGo } from './go-rule-tester';

const HTTP_TIME = ['net/http', 'time'];
const behindAlb = keepaliveSettings({ frontedBy: ['aws-alb'] });

/** A module whose go.mod says `go 1.19` (its servers may run on 1.19, where ReadHeaderTimeout bounds idle time). */
const modules = mkdtempSync(join(tmpdir(), 'keepalive-go-'));
const go119 = join(modules, 'go119');
mkdirSync(go119);
writeFileSync(join(go119, 'go.mod'), 'module example.com/legacy\n\ngo 1.19\n');
after(() => rmSync(modules, { recursive: true, force: true }));

/** The seed's server: read and write timeouts of 10 s, no IdleTimeout. */
const SEED = goFile(
  ['io', 'net/http', 'time'],
  `func handleCommand(w http.ResponseWriter, r *http.Request) {
	io.Copy(io.Discard, r.Body)
}

func main() {
	server := &http.Server{
		Addr:         ":8080",
		Handler:      http.HandlerFunc(handleCommand),
		ReadTimeout:  10 * time.Second,
		WriteTimeout: 10 * time.Second,
	}
	server.ListenAndServe()
}
`,
);
const SEED_LITERAL = SEED.slice(SEED.indexOf('&http.Server{'), SEED.indexOf('}\n\tserver.ListenAndServe') + 1);
const SEED_FIXED = SEED.replace('WriteTimeout: 10 * time.Second,\n', 'WriteTimeout: 10 * time.Second,\n\t\tIdleTimeout:  65 * time.Second,\n');

/** A client declared in front that keeps idle connections 90 s (Go's DefaultTransport) and sends every 10 s. */
const poller = keepaliveSettings({ frontedBy: [{ name: 'command poller', idleTimeoutMs: 90000 }] });

/** The message data behind a 60 s ALB, with what differs. */
function albData(overrides: Record<string, string>): Record<string, string> {
  return {
    label: '`&http.Server{}`',
    option: 'IdleTimeout',
    product: 'Go net/http',
    fallback: 'ReadTimeout',
    serverIdle: '10 s',
    versions: '',
    basis: 'set here',
    balancer: 'AWS Application Load Balancer',
    balancerIdle: '60 s',
    value: '65 * time.Second',
    headroom: '5 s',
    required: '61 s',
    margin: '1 s',
    ...overrides,
  };
}

function fallback(code: string, snippet: string, output: string, extra: object, data?: Record<string, string>) {
  return {
    code,
    ...extra,
    errors: [
      { messageId: 'serverIdleFallsBackBelowBalancer', ...(data ? { data } : {}), ...at(code, snippet), suggestions: [{ messageId: 'setKeepAliveTimeout', output }] },
    ],
  };
}

function below(code: string, snippet: string, output: string, extra: object = behindAlb, data?: Record<string, string>) {
  return {
    code,
    ...extra,
    errors: [{ messageId: 'serverIdleBelowBalancer', ...(data ? { data } : {}), ...at(code, snippet), suggestions: [{ messageId: 'setKeepAliveTimeout', output }] }],
  };
}

runGo('require-server-idle-above-balancer', {
  valid: [
    // The suggested fix.
    { code: SEED_FIXED, ...behindAlb },
    { code: SEED_FIXED.replace('65 * time.Second', '95 * time.Second'), ...poller },
    // Nothing in front: nothing to compare with.
    SEED,
    // http.ListenAndServe builds a server with no timeout at all: it never closes idle connections.
    { code: goFile(['net/http'], 'func main() {\n\thttp.ListenAndServe(":8080", nil)\n}\n'), ...behindAlb },
    // No IdleTimeout nor ReadTimeout: on Go 1.20 and later nothing closes idle connections.
    { code: goFile(HTTP_TIME, 'var srv = &http.Server{ReadHeaderTimeout: 5 * time.Second}\n'), ...behindAlb },
    { code: goFile(HTTP_TIME, 'var srv = &http.Server{ReadHeaderTimeout: 5 * time.Second}\n'), ...keepaliveSettings({ frontedBy: ['aws-alb'], go: '1.21' }) },
    // A negative IdleTimeout means no timeout from Go 1.23 on.
    { code: goFile(['net/http'], 'var srv = &http.Server{IdleTimeout: -1}\n'), ...keepaliveSettings({ frontedBy: ['aws-alb'], go: '>=1.23' }) },
    // Unknown values are never reported: a config field, a parameter, a server returned to a caller that may set it.
    { code: goFile(HTTP_TIME, 'type config struct{ Idle time.Duration }\n\nfunc f(c config) { (&http.Server{IdleTimeout: c.Idle}).ListenAndServe() }\n'), ...behindAlb },
    { code: goFile(HTTP_TIME, 'func f(read time.Duration) { (&http.Server{ReadTimeout: read}).ListenAndServe() }\n'), ...behindAlb },
    { code: goFile(HTTP_TIME, 'func newServer() *http.Server {\n\treturn &http.Server{ReadTimeout: 10 * time.Second}\n}\n'), ...behindAlb },
    // Given to a function that may set IdleTimeout.
    { code: goFile(HTTP_TIME, 'func main() {\n\tsrv := &http.Server{ReadTimeout: 10 * time.Second}\n\tserve(srv)\n}\n'), ...behindAlb },
    // IdleTimeout set in a branch: maybe set.
    {
      code: goFile(HTTP_TIME, 'func f(prod bool) {\n\tsrv := &http.Server{ReadTimeout: 10 * time.Second}\n\tif prod {\n\t\tsrv.IdleTimeout = 2 * time.Minute\n\t}\n\tsrv.ListenAndServe()\n}\n'),
      ...behindAlb,
    },
    // Not net/http's Server.
    { code: goFile(['example.com/grpc', 'time'], 'var srv = &grpc.Server{ReadTimeout: 10 * time.Second}\n'), ...behindAlb },
  ],
  invalid: [
    // The seed: IdleTimeout unset, so ReadTimeout (10 s) closes idle connections; the ALB keeps them 60 s.
    fallback(SEED, SEED_LITERAL, SEED_FIXED, behindAlb, {
      label: '`&http.Server{}`',
      option: 'IdleTimeout',
      product: 'Go net/http',
      fallback: 'ReadTimeout',
      serverIdle: '10 s',
      versions: '',
      balancer: 'AWS Application Load Balancer',
      balancerIdle: '60 s',
      value: '65 * time.Second',
      headroom: '5 s',
      required: '61 s',
      margin: '1 s',
    }),
    // The same server called every 10 s by a client declared in front (idle 90 s).
    fallback(SEED, SEED_LITERAL, SEED_FIXED.replace('65 * time.Second', '95 * time.Second'), poller),
    // IdleTimeout set, but not above the ALB's 60 s (caddy's admin server): replaced in place.
    below(
      goFile(HTTP_TIME, 'var srv = &http.Server{Addr: ":2019", IdleTimeout: 60 * time.Second}\n'),
      '&http.Server{Addr: ":2019", IdleTimeout: 60 * time.Second}',
      goFile(HTTP_TIME, 'var srv = &http.Server{Addr: ":2019", IdleTimeout: 65 * time.Second}\n'),
      behindAlb,
      albData({ serverIdle: '60 s' }),
    ),
    // Fields set by assignment: the suggestion assigns IdleTimeout after them.
    fallback(
      goFile(HTTP_TIME, 'func main() {\n\tvar srv http.Server\n\tsrv.Addr = ":8080"\n\tsrv.ReadTimeout = 5 * time.Second\n\tsrv.ListenAndServe()\n}\n'),
      'srv http.Server',
      goFile(HTTP_TIME, 'func main() {\n\tvar srv http.Server\n\tsrv.Addr = ":8080"\n\tsrv.ReadTimeout = 5 * time.Second\n\tsrv.IdleTimeout = 65 * time.Second\n\tsrv.ListenAndServe()\n}\n'),
      behindAlb,
    ),
    // A literal whose fields are also assigned: the suggestion follows the assignments.
    fallback(
      goFile(HTTP_TIME, 'func main() {\n\tsrv := &http.Server{Addr: ":8080"}\n\tsrv.ReadTimeout = 5 * time.Second\n\tsrv.ListenAndServe()\n}\n'),
      '&http.Server{Addr: ":8080"}',
      goFile(HTTP_TIME, 'func main() {\n\tsrv := &http.Server{Addr: ":8080"}\n\tsrv.ReadTimeout = 5 * time.Second\n\tsrv.IdleTimeout = 65 * time.Second\n\tsrv.ListenAndServe()\n}\n'),
      behindAlb,
    ),
    // An IdleTimeout assigned too low is replaced where it is assigned.
    below(
      goFile(HTTP_TIME, 'func main() {\n\tsrv := &http.Server{}\n\tsrv.IdleTimeout = 30 * time.Second\n\tsrv.ListenAndServe()\n}\n'),
      '&http.Server{}',
      goFile(HTTP_TIME, 'func main() {\n\tsrv := &http.Server{}\n\tsrv.IdleTimeout = 65 * time.Second\n\tsrv.ListenAndServe()\n}\n'),
    ),
    // IdleTimeout: 0 is "unset": ReadTimeout decides.
    fallback(
      goFile(HTTP_TIME, 'var srv = &http.Server{ReadTimeout: 5 * time.Second, IdleTimeout: 0}\n'),
      '&http.Server{ReadTimeout: 5 * time.Second, IdleTimeout: 0}',
      goFile(HTTP_TIME, 'var srv = &http.Server{ReadTimeout: 5 * time.Second, IdleTimeout: 65 * time.Second}\n'),
      behindAlb,
    ),
    // Go ≤ 1.19 (golang/go#54784): with neither IdleTimeout nor ReadTimeout, ReadHeaderTimeout bounds idle time.
    fallback(
      goFile(HTTP_TIME, 'var srv = &http.Server{ReadHeaderTimeout: 5 * time.Second}\n'),
      '&http.Server{ReadHeaderTimeout: 5 * time.Second}',
      goFile(HTTP_TIME, 'var srv = &http.Server{ReadHeaderTimeout: 5 * time.Second, IdleTimeout: 65 * time.Second}\n'),
      keepaliveSettings({ frontedBy: ['aws-alb'], go: '1.19' }),
      albData({ fallback: 'ReadHeaderTimeout', serverIdle: '5 s' }),
    ),
    // The same from a go.mod that allows 1.19 and later: the 1.19 behaviour is the lower, and the message says where.
    {
      ...fallback(
        goFile(HTTP_TIME, 'var srv = &http.Server{ReadHeaderTimeout: 5 * time.Second}\n'),
        '&http.Server{ReadHeaderTimeout: 5 * time.Second}',
        goFile(HTTP_TIME, 'var srv = &http.Server{ReadHeaderTimeout: 5 * time.Second, IdleTimeout: 65 * time.Second}\n'),
        behindAlb,
        albData({ fallback: 'ReadHeaderTimeout', serverIdle: '5 s', versions: ' on Go <1.20' }),
      ),
      filename: join(go119, 'server.go'),
    },
    // A negative IdleTimeout before Go 1.23 closes each connection right after its response.
    below(
      goFile(['net/http'], 'var srv = &http.Server{IdleTimeout: -1}\n'),
      '&http.Server{IdleTimeout: -1}',
      'package main\n\nimport "net/http"\nimport "time"\n\nvar srv = &http.Server{IdleTimeout: 65 * time.Second}\n',
      keepaliveSettings({ frontedBy: ['aws-alb'], go: '1.22' }),
      albData({ serverIdle: '0 ms', basis: 'a negative `IdleTimeout`: each connection is closed right after its response' }),
    ),
    // x/net/http2's ConfigureServer reads IdleTimeout and sets no timeout: the server stays judged.
    fallback(
      goFile(['golang.org/x/net/http2', 'net/http', 'time'], 'func main() {\n\tsrv := &http.Server{ReadTimeout: 10 * time.Second}\n\thttp2.ConfigureServer(srv, nil)\n\tsrv.ListenAndServe()\n}\n'),
      '&http.Server{ReadTimeout: 10 * time.Second}',
      goFile(['golang.org/x/net/http2', 'net/http', 'time'], 'func main() {\n\tsrv := &http.Server{ReadTimeout: 10 * time.Second, IdleTimeout: 65 * time.Second}\n\thttp2.ConfigureServer(srv, nil)\n\tsrv.ListenAndServe()\n}\n'),
      behindAlb,
    ),
    // An aliased import.
    fallback(
      'package main\n\nimport (\n\tnethttp "net/http"\n\t"time"\n)\n\nvar srv = nethttp.Server{ReadTimeout: 10 * time.Second}\n',
      'nethttp.Server{ReadTimeout: 10 * time.Second}',
      'package main\n\nimport (\n\tnethttp "net/http"\n\t"time"\n)\n\nvar srv = nethttp.Server{ReadTimeout: 10 * time.Second, IdleTimeout: 65 * time.Second}\n',
      behindAlb,
      albData({ label: '`nethttp.Server{}`' }),
    ),
  ],
});
