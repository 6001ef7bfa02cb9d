import { at, goFile, keepaliveSettings, runGo } from './go-rule-tester';

const HTTP_TIME = ['net/http', 'time'];
const behindNginx = keepaliveSettings({ servers: ['nginx'] });

/** One finding on `snippet` with its suggestion. */
function invalid(code: string, snippet: string, output: string | null, extra: object = {}, data?: Record<string, string>) {
  return {
    code,
    ...extra,
    errors: [
      {
        messageId: 'idleTimeoutNotBelowServer',
        ...(data ? { data } : {}),
        ...at(code, snippet),
        suggestions: output === null ? [] : [{ messageId: 'useCappedIdleTimeout', output }],
      },
    ],
  };
}

/** `var t = &http.Transport{IdleConnTimeout: <value>}` after `prelude`, flagged at the element against nginx (75 s). */
function transportWith(value: string, prelude = '', replacement = '74 * time.Second') {
  const code = goFile(HTTP_TIME, `${prelude}var t = &http.Transport{IdleConnTimeout: ${value}}\n`);
  return invalid(code, `IdleConnTimeout: ${value}`, code.replace(`IdleConnTimeout: ${value}`, `IdleConnTimeout: ${replacement}`), keepaliveSettings({ servers: ['nginx'], marginMs: 1000 }));
}

runGo('require-idle-timeout-below-server', {
  valid: [
    { code: goFile(HTTP_TIME, 'var t = &http.Transport{IdleConnTimeout: 74 * time.Second}\n'), ...behindNginx },
    { code: goFile(HTTP_TIME, 'var t = &http.Transport{IdleConnTimeout: 4 * time.Second}\n') },
    // The clone's 90 s, lowered before use.
    {
      code: goFile(HTTP_TIME, 'func f() *http.Client {\n\tt := http.DefaultTransport.(*http.Transport).Clone()\n\tt.IdleConnTimeout = 4 * time.Second\n\treturn &http.Client{Transport: t}\n}\n'),
    },
    // Unknown values are never reported: a parameter, a config field, a package-level variable, another package's
    // constant, a duration parsed from a value the file does not show, a reassigned local.
    goFile(HTTP_TIME, 'func f(idle time.Duration) { _ = &http.Transport{IdleConnTimeout: idle} }\n'),
    goFile(HTTP_TIME, 'type config struct{ Idle time.Duration }\n\nfunc f(c config) { _ = &http.Transport{IdleConnTimeout: c.Idle} }\n'),
    goFile(HTTP_TIME, 'var idle = 90 * time.Second\n\nvar t = &http.Transport{IdleConnTimeout: idle}\n'),
    goFile(['example.com/defaults', 'net/http'], 'var t = &http.Transport{IdleConnTimeout: defaults.Idle}\n'),
    goFile(['net/http', 'os', 'time'], 'func f() {\n\td, _ := time.ParseDuration(os.Getenv("IDLE"))\n\t_ = &http.Transport{IdleConnTimeout: d}\n}\n'),
    goFile(HTTP_TIME, 'func f(slow bool) {\n\tidle := 4 * time.Second\n\tif slow {\n\t\tidle = 90 * time.Second\n\t}\n\t_ = &http.Transport{IdleConnTimeout: idle}\n}\n'),
    // Package helpers use DefaultTransport too, but are only shown in the editor (one change in main settles them all).
    goFile(['net/http'], 'func f() {\n\thttp.Get("http://backend")\n\thttp.DefaultClient.Do(nil)\n}\n'),
    // A client on a transport of its own: the transport is the site.
    { code: goFile(HTTP_TIME, 'var c = &http.Client{Transport: &http.Transport{IdleConnTimeout: 4 * time.Second}}\n') },
    // A client whose transport is set later, or is returned with none set: the transport cannot be seen.
    goFile(['net/http'], 'func f(rt http.RoundTripper) {\n\tc := &http.Client{}\n\tc.Transport = rt\n\t_ = c\n}\n'),
    goFile(['net/http'], 'func newClient() *http.Client {\n\treturn &http.Client{}\n}\n'),
  ],
  invalid: [
    // The value folder: constants typed and untyped, unit arithmetic, conversions, time.ParseDuration of a literal.
    transportWith('idle', 'const idle = 90 * time.Second\n\n'),
    transportWith('idle', 'const idle time.Duration = 90 * time.Second\n\n'),
    transportWith('idleSeconds * time.Second', 'const idleSeconds = 90\n\n'),
    transportWith('time.Minute + 30*time.Second'),
    // Written in milliseconds: the replacement keeps the unit.
    transportWith('time.Duration(idleMs) * time.Millisecond', 'const idleMs = 90000\n\n', '74000 * time.Millisecond'),
    transportWith('2 * time.Minute'),
    transportWith('(90 * time.Second)'),
    transportWith('90e9'),
    transportWith('d', 'func f() {\n\td, _ := time.ParseDuration("1m30s")\n\t_ = &http.Transport{IdleConnTimeout: d}\n}\n\n'),
    transportWith('local', 'func f() {\n\tconst local = 100 * time.Second\n\t_ = &http.Transport{IdleConnTimeout: local}\n}\n\n'),
    {
      // A value written in milliseconds stays in milliseconds.
      ...invalid(
        goFile(HTTP_TIME, 'var t = &http.Transport{IdleConnTimeout: 90000 * time.Millisecond}\n'),
        'IdleConnTimeout: 90000 * time.Millisecond',
        goFile(HTTP_TIME, 'var t = &http.Transport{IdleConnTimeout: 74000 * time.Millisecond}\n'),
        behindNginx,
      ),
    },
    // A value set by assignment is replaced where it is assigned.
    invalid(
      goFile(HTTP_TIME, 'func f() {\n\tt := http.DefaultTransport.(*http.Transport).Clone()\n\tt.IdleConnTimeout = 2 * time.Minute\n\t_ = t\n}\n'),
      't.IdleConnTimeout = 2 * time.Minute',
      goFile(HTTP_TIME, 'func f() {\n\tt := http.DefaultTransport.(*http.Transport).Clone()\n\tt.IdleConnTimeout = 74 * time.Second\n\t_ = t\n}\n'),
      behindNginx,
    ),
    // DefaultTransport's 90 s through a clone: the field is added after the clone and its other fields.
    invalid(
      goFile(HTTP_TIME, 'func f() {\n\tt := http.DefaultTransport.(*http.Transport).Clone()\n\tt.MaxIdleConnsPerHost = 64\n\t_ = t\n}\n'),
      'http.DefaultTransport.(*http.Transport).Clone()',
      goFile(HTTP_TIME, 'func f() {\n\tt := http.DefaultTransport.(*http.Transport).Clone()\n\tt.MaxIdleConnsPerHost = 64\n\tt.IdleConnTimeout = 74 * time.Second\n\t_ = t\n}\n'),
      behindNginx,
      {
        label: '`http.DefaultTransport.(*http.Transport).Clone()`',
        idle: '90 s',
        how: "`IdleConnTimeout` unset: the library's default",
        target: 'nginx',
        targetIdle: '75 s',
        capped: '74 s',
        outOfReach: '',
        option: 'IdleConnTimeout',
        value: '74 * time.Second',
        margin: '1 s',
        failure: '`Post "…": EOF` or "read: connection reset by peer"',
      },
    ),
    // The seed's client: an http.Client with a timeout and no transport, at package level. Its own clone of
    // DefaultTransport keeps Proxy, dialer and TLS settings and sets the idle timeout.
    invalid(
      goFile(HTTP_TIME, 'var client = &http.Client{Timeout: 5 * time.Second}\n'),
      '&http.Client{Timeout: 5 * time.Second}',
      goFile(
        HTTP_TIME,
        'var clientTransport = func() *http.Transport {\n\tt := http.DefaultTransport.(*http.Transport).Clone()\n\tt.IdleConnTimeout = 9 * time.Second\n\treturn t\n}()\n\nvar client = &http.Client{Timeout: 5 * time.Second, Transport: clientTransport}\n',
      ),
      keepaliveSettings({ servers: [{ name: 'command service', idleTimeoutMs: 10000 }] }),
    ),
    // In a function: two statements before the client's, and the field in its literal (aligned).
    invalid(
      goFile(HTTP_TIME, 'func f() {\n\tc := &http.Client{\n\t\tTimeout: 5 * time.Second,\n\t}\n\t_ = c\n}\n'),
      '&http.Client{\n\t\tTimeout: 5 * time.Second,\n\t}',
      goFile(
        HTTP_TIME,
        'func f() {\n\tcTransport := http.DefaultTransport.(*http.Transport).Clone()\n\tcTransport.IdleConnTimeout = 74 * time.Second\n\tc := &http.Client{\n\t\tTimeout:   5 * time.Second,\n\t\tTransport: cTransport,\n\t}\n\t_ = c\n}\n',
      ),
      behindNginx,
    ),
    // `Transport: nil` is DefaultTransport as well; the suggestion cannot replace it without guessing.
    invalid(goFile(['net/http'], 'var c = http.Client{Transport: nil}\n'), 'http.Client{Transport: nil}', null),
  ],
});
