'use strict';
// The Java and Go part of docs/lab.md: the table, how the rounds run, and one section per incident (its
// anchor is the scenario id, which the rule docs link) with each program as run.
const path = require('node:path');
const { programMarkdownTable } = require('./report');
const { lineDiff } = require('./line-diff');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const DOCS_DIR = path.join(REPO_ROOT, 'docs');

const METHOD = [
  '### How a Java or Go round runs',
  '',
  '- Each program is a file under `test/lab/jvm/clients/` or `test/lab/go/` written as a user writes it. The lab ' +
    'lints it with the built plugin in its own language (`recommended-java` / `recommended-go`, ' +
    '`settings.keepalive` naming the lab server), asserts the rule reports it, and for a suggested ' +
    'configuration applies the rule\'s first suggestion by its text edit and lints again to prove the finding ' +
    'gone. The result is compiled (`javac` against Debian\'s jars; `go build` offline, standard library only) ' +
    'and run; the lab drives it over stdin and it sends one POST per line.',
  '- A round is a request, an idle gap, and a probe request; only probes count, after one warm-up exchange.',
  '- *A FIN that has arrived*: the probe leaves 100 ms after the server recorded its close. Blocking clients ' +
    '(HttpClient 4.5, 5.2 classic) do not read an idle pooled connection, so they reuse it.',
  '- *A request that crosses the FIN*: the server is reached through a path with 50 ms one-way latency, and the ' +
    'probe leaves as the server\'s FIN leaves the server; or the raw server does not answer a request that ' +
    'arrives on a connection idle for T or more, and closes it. Either way no client could have noticed the close.',
  '- *Silent drop*: the middlebox forgets a flow idle for T and answers its next packet with an RST.',
  '- "failed on the wire" counts requests that reached a connection the server (or the path) had already ' +
    'closed, including those a library resent on a new connection; "—" where the target cannot see them.',
  '- "retries": the library\'s own retry as configured. HttpClient 4.5 and 5.2 resend idempotent requests only, ' +
    'and Go\'s transport does not resend a POST it has written, so for these POST clients the rate as ' +
    'configured is the raw rate; OkHttp\'s `retryOnConnectionFailure` resends it and hides the failure.',
  '',
].join('\n');

const fence = (language, text) => ['```' + language, text.trimEnd(), '```'];
const relativeLink = (file) => path.relative(DOCS_DIR, file).split(path.sep).join('/');

/** One configuration as run: the source as written, or the suggestion's change to it. */
function configurationText(row, flaggedRow) {
  const source = `[\`${path.basename(row.source)}\`](${relativeLink(row.source)})`;
  const lines = [`**${row.clientLabel}, ${row.configuration}** — ${row.summary}.`, ''];
  if (row.serverFixed) {
    lines.push(`Client ${source} as written; the server after the suggestion:`, '', ...fence('diff', lineDiff(flaggedRow.serverCode, row.serverCode)), '');
  } else if (row.fixed) {
    lines.push(`${source} after the suggestion:`, '', ...fence('diff', lineDiff(flaggedRow.code, row.code)), '');
  } else if (flaggedRow && row.code !== flaggedRow.code) {
    lines.push(`Runs ${source} as written, which differs from the flagged program in:`, '', ...fence('diff', lineDiff(flaggedRow.code, row.code)), '');
  } else {
    lines.push(`Runs ${source} as written.`, '');
  }
  return lines;
}

/** `versions`: the JDK, Go and Debian package versions. */
function programMarkdown({ rows, scenarios, versions }) {
  const out = [
    '## Java and Go',
    '',
    `Run with ${versions}. The incidents this product exists for happened in Java and Go services; these rows ` +
      'run the real client libraries against real servers on 127.0.0.1 with idle timeouts scaled down to ' +
      'T = 500 ms and `marginMs` 200, so the suggestions cap idle connections at 300 ms. Every scenario is ' +
      'deterministic: with retries off the flagged program fails on every reuse, and the suggested one never fails.',
    '',
    programMarkdownTable(rows),
    '',
    METHOD,
  ];
  for (const scenario of scenarios) {
    out.push(`### ${scenario.id}`, '', scenario.description, '', `What it shows: ${scenario.shows}`, '');
    for (const row of rows.filter((candidate) => candidate.scenario === scenario.id)) {
      const flaggedRow = rows.find((candidate) => candidate.scenario === row.scenario && candidate.client === row.client && candidate.configuration === 'flagged');
      out.push(...configurationText(row, flaggedRow));
    }
  }
  return out.join('\n');
}

module.exports = { programMarkdown };
