import { at, goFile, keepaliveSettings, runGo } from './go-rule-tester';

const HTTP_TIME = ['net/http', 'time'];

runGo('no-misleading-pool-options', {
  valid: [
    goFile(['net/http'], 'var t = &http.Transport{MaxIdleConnsPerHost: 64}\n'),
    // MaxIdleConns: 0 really is "no limit" (idle connections across hosts), as its doc says: nothing misleading.
    goFile(['net/http'], 'var t = &http.Transport{MaxIdleConns: 0, MaxIdleConnsPerHost: 8}\n'),
  ],
  invalid: [
    (() => {
      const code = goFile(HTTP_TIME, 'var t = &http.Transport{IdleConnTimeout: 4 * time.Second, MaxIdleConnsPerHost: 0}\n');
      return {
        code,
        errors: [
          {
            messageId: 'zeroUsesDefault',
            data: { option: 'MaxIdleConnsPerHost', library: 'Go net/http.Transport', fallback: '2' },
            ...at(code, 'MaxIdleConnsPerHost: 0'),
            suggestions: [],
          },
        ],
      };
    })(),
    (() => {
      const code = goFile(HTTP_TIME, 'var t = &http.Transport{IdleConnTimeout: 4 * time.Second, MaxConnsPerHost: 0}\n');
      return {
        code,
        errors: [{ messageId: 'zeroMeansUnlimited', data: { option: 'MaxConnsPerHost', library: 'Go net/http.Transport', meaning: 'no limit' }, ...at(code, 'MaxConnsPerHost: 0'), suggestions: [] }],
      };
    })(),
  ],
});

runGo('no-tcp-keepalive-as-idle-timeout', {
  valid: [
    // TCP keepalive beside a real idle timeout.
    goFile(['net', 'net/http', 'time'], 'var t = &http.Transport{\n\tDialContext:     (&net.Dialer{KeepAlive: 30 * time.Second}).DialContext,\n\tIdleConnTimeout: 4 * time.Second,\n}\n'),
    // Go rounds a period under a second up to one second: nothing is truncated to zero as in Node.js.
    goFile(['net', 'net/http', 'time'], 'var t = &http.Transport{\n\tDialContext:     (&net.Dialer{KeepAlive: 500 * time.Millisecond}).DialContext,\n\tIdleConnTimeout: 4 * time.Second,\n}\n'),
    // KeepAlive < 0 turns the probes off: not mistaken for anything.
    goFile(['net', 'net/http'], 'var t = &http.Transport{DialContext: (&net.Dialer{KeepAlive: -1}).DialContext}\n'),
    // A dialer the file does not show.
    goFile(['net/http'], 'func f(dial func()) { _ = &http.Transport{DialContext: dial} }\n'),
  ],
  invalid: [
    (() => {
      const code = goFile(['net', 'net/http', 'time'], 'var t = &http.Transport{\n\tDialContext: (&net.Dialer{KeepAlive: 30 * time.Second}).DialContext,\n}\n');
      return {
        code,
        errors: [
          {
            messageId: 'tcpKeepAliveIsNotIdleTimeout',
            ...at(code, 'KeepAlive: 30 * time.Second'),
            suggestions: [
              {
                messageId: 'addIdleTimeout',
                output: goFile(['net', 'net/http', 'time'], 'var t = &http.Transport{\n\tDialContext:     (&net.Dialer{KeepAlive: 30 * time.Second}).DialContext,\n\tIdleConnTimeout: 4 * time.Second,\n}\n'),
              },
            ],
          },
        ],
      };
    })(),
    // A dialer kept in a variable.
    (() => {
      const code = goFile(['net', 'net/http', 'time'], 'func f() {\n\tdialer := &net.Dialer{KeepAlive: time.Minute}\n\t_ = &http.Transport{DialContext: dialer.DialContext}\n}\n');
      return {
        code,
        errors: [
          {
            messageId: 'tcpKeepAliveIsNotIdleTimeout',
            ...at(code, 'KeepAlive: time.Minute'),
            suggestions: [
              {
                messageId: 'addIdleTimeout',
                output: code.replace('DialContext: dialer.DialContext}', 'DialContext: dialer.DialContext, IdleConnTimeout: 4 * time.Second}'),
              },
            ],
          },
        ],
      };
    })(),
  ],
});

runGo('require-pool-limits', {
  valid: [goFile(HTTP_TIME, 'var t = &http.Transport{IdleConnTimeout: 4 * time.Second, MaxConnsPerHost: 32}\n'), goFile(['net/http'], 'var t = &http.Transport{DisableKeepAlives: true}\n')],
  invalid: [
    (() => {
      const code = goFile(HTTP_TIME, 'var t = &http.Transport{IdleConnTimeout: 4 * time.Second}\n');
      return {
        code,
        errors: [
          {
            messageId: 'unboundedPool',
            ...at(code, '&http.Transport{IdleConnTimeout: 4 * time.Second}'),
            suggestions: [{ messageId: 'setPoolLimit', output: code.replace('4 * time.Second}', '4 * time.Second, MaxConnsPerHost: 50}') }],
          },
        ],
      };
    })(),
  ],
});

/** A transport built per call or iteration and used only by its requests there. */
function perRun(code: string, snippet: string, data: Record<string, string>) {
  return { code, errors: [{ messageId: 'poolPerRunBuildOnce', data, ...at(code, snippet), suggestions: [] }] };
}

const PLACE = 'a package-level variable or a field of a long-lived struct';

runGo('no-per-request-pool', {
  valid: [
    // Built once.
    goFile(HTTP_TIME, 'var client = &http.Client{Transport: &http.Transport{IdleConnTimeout: 4 * time.Second}}\n\nfunc handler(w http.ResponseWriter, r *http.Request) {\n\tclient.Get("http://backend")\n}\n'),
    goFile(['net/http'], 'func main() {\n\tc := &http.Client{Transport: &http.Transport{}}\n\tc.Get("http://backend")\n}\n'),
    // Returned, stored, given away, used in a closure, or closed: not confined to the call.
    goFile(['net/http'], 'func newClient() *http.Client {\n\treturn &http.Client{Transport: &http.Transport{}}\n}\n'),
    goFile(['net/http'], 'type api struct{ c *http.Client }\n\nfunc (a *api) init() {\n\tc := &http.Client{Transport: &http.Transport{}}\n\ta.c = c\n}\n'),
    goFile(['net/http'], 'func f() {\n\tc := &http.Client{Transport: &http.Transport{}}\n\tfetch(c)\n}\n'),
    goFile(['net/http'], 'func f() {\n\tc := &http.Client{Transport: &http.Transport{}}\n\tgo func() { c.Get("x") }()\n}\n'),
    goFile(['net/http'], 'func f() {\n\tt := &http.Transport{}\n\tdefer t.CloseIdleConnections()\n\tc := &http.Client{Transport: t}\n\tc.Get("x")\n}\n'),
    // No idle pool to leave behind.
    goFile(['net/http'], 'func f() {\n\tc := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}\n\tc.Get("x")\n}\n'),
  ],
  invalid: [
    perRun(
      goFile(HTTP_TIME, 'func handler(w http.ResponseWriter, r *http.Request) {\n\tclient := &http.Client{Transport: &http.Transport{IdleConnTimeout: 4 * time.Second}}\n\tresp, _ := client.Do(r)\n\t_ = resp\n}\n'),
      '&http.Transport{IdleConnTimeout: 4 * time.Second}',
      { pool: '`&http.Transport{}`', request: 'client.Do', every: 'every call of `handler`', idle: 'for 4 s', place: PLACE },
    ),
    perRun(
      goFile(['net/http'], 'func fetchAll(urls []string) {\n\tfor _, u := range urls {\n\t\ttr := &http.Transport{}\n\t\tc := &http.Client{Transport: tr}\n\t\tc.Get(u)\n\t}\n}\n'),
      '&http.Transport{}',
      { pool: '`&http.Transport{}`', request: 'c.Get', every: 'every iteration of the loop', idle: 'until the server closes them', place: PLACE },
    ),
    // The transport's own RoundTrip, in a handler written as a function literal.
    perRun(
      goFile(['net/http'], 'func routes() {\n\thttp.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {\n\t\tt := http.DefaultTransport.(*http.Transport).Clone()\n\t\tt.RoundTrip(r)\n\t})\n}\n'),
      'http.DefaultTransport.(*http.Transport).Clone()',
      { pool: '`http.DefaultTransport.(*http.Transport).Clone()`', request: 't.RoundTrip', every: 'every call of the enclosing function', idle: 'for 90 s', place: PLACE },
    ),
  ],
});

// Node.js's own timer rules never apply to a Go server, whatever the Node.js version of the repository.
runGo('require-headers-timeout-above-keepalive', {
  valid: [
    {
      code: goFile(HTTP_TIME, 'func main() {\n\tsrv := &http.Server{IdleTimeout: 65 * time.Second}\n\tsrv.ReadHeaderTimeout = 5 * time.Second\n\tsrv.ListenAndServe()\n}\n'),
      ...keepaliveSettings({ node: '10', frontedBy: ['aws-alb'] }),
    },
  ],
  invalid: [],
});

// Go's transport ignores a server's Keep-Alive hint: there is no cap to require.
runGo('require-keepalive-cap', {
  valid: [{ code: goFile(HTTP_TIME, 'var t = &http.Transport{IdleConnTimeout: 4 * time.Second}\n'), ...keepaliveSettings({ servers: ['aws-nlb'] }) }],
  invalid: [],
});
