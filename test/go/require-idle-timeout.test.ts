import { at, goFile, keepaliveSettings, runGo } from './go-rule-tester';

/** A transport with no IdleConnTimeout keeps idle connections forever (zero means no limit). */
function invalid(code: string, snippet: string, output: string, extra: object = {}) {
  return {
    code,
    ...extra,
    errors: [{ messageId: 'missingIdleTimeout', ...at(code, snippet), suggestions: [{ messageId: 'addIdleTimeout', output }] }],
  };
}

const HTTP_TIME = ['net/http', 'time'];

runGo('require-idle-timeout', {
  valid: [
    // IdleConnTimeout set: below-server is the other rule's business.
    goFile(HTTP_TIME, 'var t = &http.Transport{IdleConnTimeout: 4 * time.Second}\n'),
    // No idle pool at all.
    goFile(['net/http'], 'var t = &http.Transport{DisableKeepAlives: true}\n'),
    goFile(['net/http'], 'var t = &http.Transport{MaxIdleConnsPerHost: -1}\n'),
    // A struct named Transport from another package is not net/http's.
    goFile(['example.com/proxy', 'net/http'], 'var t = &proxy.Transport{}\n'),
    // Not imported at all: `http` is some other package.
    'package main\n\nimport "example.com/http"\n\nvar t = &http.Transport{}\n',
    // Returned: the caller may set IdleConnTimeout; that cannot be seen.
    goFile(['net/http'], 'func newTransport() *http.Transport {\n\treturn &http.Transport{MaxIdleConns: 10}\n}\n'),
    // Stored in a field after it is built.
    goFile(['net/http'], 'type api struct{ t *http.Transport }\n\nfunc (a *api) init() {\n\tt := &http.Transport{}\n\ta.t = t\n}\n'),
    // Given to a function that may set its fields (docker's sockets.ConfigureTransport does set some).
    goFile(['example.com/sockets', 'net/http'], 'func f() {\n\ttr := &http.Transport{}\n\tsockets.ConfigureTransport(tr, "tcp", "host")\n\t_ = tr\n}\n'),
    goFile(['example.com/api', 'net/http'], 'var c = api.New(&http.Transport{})\n'),
    // Kept in a struct of the program's own: other code may set its fields.
    goFile(['net/http'], 'type stapler struct{ client *http.Client }\n\nvar s = &stapler{client: &http.Client{}}\n'),
    // A package-level variable assigned in a function: any function of the package may set its fields.
    goFile(['net/http'], 'var shared *http.Transport\n\nfunc init() {\n\tshared = &http.Transport{}\n}\n'),
    // Set in a branch: maybe set, so unknown.
    goFile(HTTP_TIME, 'func f(fast bool) *http.Client {\n\tt := &http.Transport{}\n\tif fast {\n\t\tt.IdleConnTimeout = 4 * time.Second\n\t}\n\treturn &http.Client{Transport: t}\n}\n'),
    // Set in a closure that runs later (or never).
    goFile(HTTP_TIME, 'func f(run func(func())) {\n\tt := &http.Transport{}\n\trun(func() { t.IdleConnTimeout = time.Second })\n\t_ = t\n}\n'),
    // DisableKeepAlives from a config value: whether it pools cannot be seen.
    goFile(['net/http'], 'type config struct{ NoKeepAlive bool }\n\nfunc f(c config) { _ = &http.Transport{DisableKeepAlives: c.NoKeepAlive} }\n'),
    // The file changes DefaultTransport itself: clients on it are not judged from its catalogue value.
    goFile(HTTP_TIME, 'func init() {\n\thttp.DefaultTransport.(*http.Transport).IdleConnTimeout = 4 * time.Second\n}\n\nvar c = &http.Client{}\n'),
  ],
  invalid: [
    // A single-line import gets a second one.
    invalid(
      goFile(['net/http'], 'var t = &http.Transport{}\n'),
      '&http.Transport{}',
      'package main\n\nimport "net/http"\nimport "time"\n\nvar t = &http.Transport{IdleConnTimeout: 4 * time.Second}\n',
    ),
    // An aliased import, a value literal, `new` and `var`: each is a transport with no idle timeout.
    invalid(
      'package main\n\nimport nethttp "net/http"\n\nvar t = nethttp.Transport{MaxIdleConns: 10}\n',
      'nethttp.Transport{MaxIdleConns: 10}',
      'package main\n\nimport nethttp "net/http"\nimport "time"\n\nvar t = nethttp.Transport{MaxIdleConns: 10, IdleConnTimeout: 4 * time.Second}\n',
    ),
    invalid(
      goFile(HTTP_TIME, 'func f() {\n\tt := new(http.Transport)\n\tt.MaxIdleConns = 10\n\t_ = t\n}\n'),
      'new(http.Transport)',
      goFile(HTTP_TIME, 'func f() {\n\tt := new(http.Transport)\n\tt.MaxIdleConns = 10\n\tt.IdleConnTimeout = 4 * time.Second\n\t_ = t\n}\n'),
    ),
    invalid(
      goFile(HTTP_TIME, 'func f() {\n\tvar t http.Transport\n\t_ = &t\n}\n'),
      't http.Transport',
      goFile(HTTP_TIME, 'func f() {\n\tvar t http.Transport\n\tt.IdleConnTimeout = 4 * time.Second\n\t_ = &t\n}\n'),
    ),
    // gofmt alignment: the new key is the longest of the last run of single-line elements, so every value moves.
    invalid(
      goFile(HTTP_TIME, 'var t = &http.Transport{\n\tMaxIdleConns: 100,\n\tMaxConnsPerHost: 10,\n}\n').replace('MaxIdleConns: 100', 'MaxIdleConns:    100'),
      '&http.Transport{\n\tMaxIdleConns:    100,\n\tMaxConnsPerHost: 10,\n}',
      goFile(HTTP_TIME, 'var t = &http.Transport{\n\tMaxIdleConns:    100,\n\tMaxConnsPerHost: 10,\n\tIdleConnTimeout: 4 * time.Second,\n}\n'),
    ),
    invalid(
      goFile(HTTP_TIME, 'var t = &http.Transport{\n\tMaxIdleConns: 100,\n\tTLSHandshakeTimeout: 10 * time.Second,\n}\n').replace('MaxIdleConns: 100', 'MaxIdleConns:        100'),
      '&http.Transport{\n\tMaxIdleConns:        100,\n\tTLSHandshakeTimeout: 10 * time.Second,\n}',
      goFile(HTTP_TIME, 'var t = &http.Transport{\n\tMaxIdleConns:        100,\n\tTLSHandshakeTimeout: 10 * time.Second,\n\tIdleConnTimeout:     4 * time.Second,\n}\n'),
    ),
    // A last element spanning lines ends gofmt's alignment: the new line stands alone.
    invalid(
      goFile(['net', 'net/http', 'time'], 'var t = &http.Transport{\n\tMaxIdleConns: 100,\n\tDialContext: (&net.Dialer{\n\t\tTimeout: 30 * time.Second,\n\t}).DialContext,\n}\n'),
      '&http.Transport{\n\tMaxIdleConns: 100,\n\tDialContext: (&net.Dialer{\n\t\tTimeout: 30 * time.Second,\n\t}).DialContext,\n}',
      goFile(['net', 'net/http', 'time'], 'var t = &http.Transport{\n\tMaxIdleConns: 100,\n\tDialContext: (&net.Dialer{\n\t\tTimeout: 30 * time.Second,\n\t}).DialContext,\n\tIdleConnTimeout: 4 * time.Second,\n}\n'),
    ),
    // A trailing comment stays with its element.
    invalid(
      goFile(HTTP_TIME, 'var t = &http.Transport{\n\tMaxIdleConns: 100, // shared\n}\n'),
      '&http.Transport{\n\tMaxIdleConns: 100, // shared\n}',
      goFile(HTTP_TIME, 'var t = &http.Transport{\n\tMaxIdleConns:    100, // shared\n\tIdleConnTimeout: 4 * time.Second,\n}\n'),
    ),
    // `time` is added to the import group that holds net/http, in gofmt's order.
    invalid(
      goFile(['fmt', 'net/http', 'os'], 'var t = &http.Transport{}\n'),
      '&http.Transport{}',
      goFile(['fmt', 'net/http', 'os', 'time'], 'var t = &http.Transport{IdleConnTimeout: 4 * time.Second}\n'),
    ),
    invalid(
      goFile(['net/http', 'strings'], 'var t = &http.Transport{}\n'),
      '&http.Transport{}',
      goFile(['net/http', 'strings', 'time'], 'var t = &http.Transport{IdleConnTimeout: 4 * time.Second}\n'),
    ),
    invalid(
      'package main\n\nimport (\n\t"net/http"\n\t"zz/a"\n)\n\nvar t = &http.Transport{}\n',
      '&http.Transport{}',
      'package main\n\nimport (\n\t"net/http"\n\t"time"\n\t"zz/a"\n)\n\nvar t = &http.Transport{IdleConnTimeout: 4 * time.Second}\n',
    ),
    // An aliased time import is used as written.
    invalid(
      'package main\n\nimport (\n\t"net/http"\n\tclock "time"\n)\n\nvar t = &http.Transport{}\n',
      '&http.Transport{}',
      'package main\n\nimport (\n\t"net/http"\n\tclock "time"\n)\n\nvar t = &http.Transport{IdleConnTimeout: 4 * clock.Second}\n',
    ),
    // IdleConnTimeout: 0 is no limit too: the value is replaced in place.
    invalid(
      goFile(HTTP_TIME, 'var t = &http.Transport{IdleConnTimeout: 0}\n'),
      '&http.Transport{IdleConnTimeout: 0}',
      goFile(HTTP_TIME, 'var t = &http.Transport{IdleConnTimeout: 4 * time.Second}\n'),
    ),
    // Fields set by assignment after a clone: the new one is an assignment too, after the others.
    invalid(
      goFile(HTTP_TIME, 'func f() {\n\tt := &http.Transport{}\n\tt.MaxIdleConns = 10\n\t_ = t\n}\n'),
      '&http.Transport{}',
      goFile(HTTP_TIME, 'func f() {\n\tt := &http.Transport{}\n\tt.MaxIdleConns = 10\n\tt.IdleConnTimeout = 4 * time.Second\n\t_ = t\n}\n'),
    ),
    // The margin and servers from settings.
    invalid(
      goFile(HTTP_TIME, 'var t = &http.Transport{}\n'),
      '&http.Transport{}',
      goFile(HTTP_TIME, 'var t = &http.Transport{IdleConnTimeout: 74 * time.Second}\n'),
      keepaliveSettings({ servers: ['nginx'] }),
    ),
  ],
});
