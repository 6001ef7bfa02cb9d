'use strict';
// The 2 000-line Java and Go files of the edit benchmark: service code as it is usually written (mostly plain
// methods), with a few clients and servers among it, one of whose idle timeouts the edits toggle across the
// server's limit so that every edit changes the findings. Also the tree-sitter query the baseline runs: the one a
// minimal engine would need to find these files' sites (builder calls, pool constructors, net/http literals and
// field writes), its predicates checked inside tree-sitter so that only the candidates cross into JavaScript.

/** Lines of one plain method: string handling, a loop, a map, no HTTP. */
function javaFiller(index) {
  return [
    `  /** Formats report ${index} for the audit log. */`,
    `  static String report${index}(Map<String, Integer> counts, List<String> names) {`,
    '    StringBuilder out = new StringBuilder();',
    `    out.append("report ${index}: ");`,
    '    for (String name : names) {',
    '      int count = counts.getOrDefault(name, 0);',
    '      if (count > 10) {',
    '        out.append(name.toUpperCase()).append(\'=\').append(count).append(\', \');',
    '      } else {',
    '        out.append(name).append(\';\');',
    '      }',
    '    }',
    `    String result = out.toString().trim();`,
    `    return result.isEmpty() ? "none" : result.substring(0, Math.min(result.length(), ${80 + index}));`,
    '  }',
    '',
  ];
}

/** The clients of the Java file; the first one's strategy is the value the edits toggle (4 s ↔ 9 s). */
const JAVA_CLIENTS = [
  [
    '  static CloseableHttpClient payments() {',
    '    return HttpClients.custom()',
    '        .setKeepAliveStrategy((response, context) -> 4_000)',
    '        .evictIdleConnections(4L, TimeUnit.SECONDS)',
    '        .build();',
    '  }',
    '',
  ],
  [
    '  static CloseableHttpClient inventory() {',
    '    PoolingHttpClientConnectionManager manager = new PoolingHttpClientConnectionManager();',
    '    manager.setMaxTotal(50);',
    '    return HttpClients.custom().setConnectionManager(manager).build();',
    '  }',
    '',
  ],
  ['  static final OkHttpClient SEARCH = new OkHttpClient.Builder()', '      .connectionPool(new ConnectionPool(5, 30, TimeUnit.SECONDS))', '      .build();', ''],
];

function javaFile(lines) {
  const head = [
    'package com.example.billing;',
    '',
    'import java.util.List;',
    'import java.util.Map;',
    'import java.util.concurrent.TimeUnit;',
    'import okhttp3.ConnectionPool;',
    'import okhttp3.OkHttpClient;',
    'import org.apache.http.impl.client.CloseableHttpClient;',
    'import org.apache.http.impl.client.HttpClients;',
    'import org.apache.http.impl.conn.PoolingHttpClientConnectionManager;',
    '',
    'public class BillingService {',
  ];
  return assemble(head, ['}', ''], lines, JAVA_CLIENTS, javaFiller);
}

function goFiller(index) {
  return [
    `// report${index} formats report ${index} for the audit log.`,
    `func report${index}(counts map[string]int, names []string) string {`,
    '\tvar out strings.Builder',
    `\tout.WriteString("report ${index}: ")`,
    '\tfor _, name := range names {',
    '\t\tcount := counts[name]',
    '\t\tif count > 10 {',
    '\t\t\tfmt.Fprintf(&out, "%s=%d, ", strings.ToUpper(name), count)',
    '\t\t} else {',
    '\t\t\tout.WriteString(name + ";")',
    '\t\t}',
    '\t}',
    '\tresult := strings.TrimSpace(out.String())',
    '\tif result == "" {',
    '\t\treturn "none"',
    '\t}',
    `\treturn result[:min(len(result), ${80 + index})]`,
    '}',
    '',
  ];
}

/** The clients and server of the Go file; the first transport's idle timeout is the value the edits toggle. */
const GO_SITES = [
  [
    'var payments = &http.Client{',
    '\tTransport: &http.Transport{',
    '\t\tMaxIdleConnsPerHost: 16,',
    '\t\tIdleConnTimeout:     4 * time.Second,',
    '\t},',
    '\tTimeout: 10 * time.Second,',
    '}',
    '',
  ],
  ['var inventory = &http.Transport{MaxIdleConns: 32}', ''],
  [
    'func serve(handler http.Handler) error {',
    '\tserver := &http.Server{Addr: ":8080", Handler: handler, ReadTimeout: 10 * time.Second, IdleTimeout: 65 * time.Second}',
    '\treturn server.ListenAndServe()',
    '}',
    '',
  ],
];

function goFile(lines) {
  const head = ['package billing', '', 'import (', '\t"fmt"', '\t"net/http"', '\t"strings"', '\t"time"', ')', ''];
  return assemble(head, [], lines, GO_SITES, goFiller);
}

/** `head`, then fillers with the sites spread evenly among them, then `tail`: `lines` lines in all. */
function assemble(head, tail, lines, sites, filler) {
  const body = [];
  const room = lines - head.length - tail.length;
  const every = Math.floor(room / (sites.length + 1));
  let next = 0;
  for (let index = 0; body.length < room; index++) {
    if (next < sites.length && body.length >= every * (next + 1)) body.push(...sites[next++]);
    else body.push(...filler(index));
  }
  // Cut at a filler's blank line so the file still parses, and pad it to the exact size.
  body.length = body.lastIndexOf('', room - 1) + 1;
  while (body.length < room) body.push('');
  const all = [...head, ...body, ...tail];
  return `${all.join('\n')}\n`;
}

/** Where the edits go: the first digit of the toggled idle timeout, and the two characters it alternates between. */
const TOGGLES = {
  java: { marker: '(response, context) -> ', toggle: ['4', '9'] },
  go: { marker: 'IdleConnTimeout:     ', toggle: ['4', '9'] },
};

const BASELINE_QUERIES = {
  java: `(method_invocation object: (identifier) @class name: (identifier) @factory
      (#any-of? @class "HttpClients" "HttpClientBuilder") (#any-of? @factory "custom" "create" "createDefault")) @builder
    (object_creation_expression type: [(type_identifier) (scoped_type_identifier)] @type
      (#match? @type "ConnectionManager$|ConnectionPool$|Builder$")) @creation`,
  go: `(composite_literal type: (qualified_type package: (package_identifier) @package name: (type_identifier) @type)
      (#eq? @package "http") (#any-of? @type "Transport" "Server" "Client")) @literal
    (assignment_statement left: (expression_list (selector_expression field: (field_identifier) @field))
      (#any-of? @field "IdleConnTimeout" "IdleTimeout" "ReadTimeout")) @assignment`,
};

const FILES = {
  java: { name: 'BillingService.java', languageId: 'java', text: (lines) => javaFile(lines) },
  go: { name: 'billing.go', languageId: 'go', text: (lines) => goFile(lines) },
};

module.exports = { FILES, TOGGLES, BASELINE_QUERIES };
