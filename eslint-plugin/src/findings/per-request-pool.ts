import { formatDuration, idleMsOf, poolLifetimeVerdict } from '../advice';
import type { ClientSite } from '../sites';
import { quoted } from './client-idle';
import type { FileFacts, Finding } from './types';

/** Pools built for one request or one call. No suggestion: moving a construction changes when it runs and what it can read. */
export const perRequestPoolMessages = {
  poolPerRequest:
    '{{pool}} is built inside the options of `{{request}}()`, so every request gets a new pool: no socket is ever reused, and each pool leaves its idle sockets open {{idle}}. Create the pool once, at module scope, and pass that.',
  poolPerRun:
    '{{pool}} is built on {{every}} and used only by `{{request}}()` there, so each run leaves a pool behind with its idle sockets open {{idle}}, never reused. Create it once at module scope, or close it when done.',
  // Java: a client is shared as a field or a bean, not at module scope.
  clientPerRequest:
    '{{pool}} is built for a single `{{request}}()` call on {{every}}: no connection is ever reused, and each client leaves its idle connections open {{idle}}. Build it once (a `static final` field or a single bean) and reuse it.',
  clientPerRun:
    '{{pool}} is built on {{every}} and used only by `{{request}}()` there, so each run leaves a pool behind with its idle connections open {{idle}}, never reused. Build it once (a `static final` field or a single bean), or close it when done.',
  poolPerRequestBuildOnce:
    '{{pool}} is built in the same expression as `{{request}}()`, so every request gets a new pool: no connection is ever reused, and each pool leaves its idle connections open {{idle}}. Create it once, in {{place}}, and share it.',
  poolPerRunBuildOnce:
    '{{pool}} is built on {{every}} and used only by `{{request}}()` there, so each run leaves a pool behind with its idle connections open {{idle}}, never reused. Create it once, in {{place}}, and share it, or close its idle connections when done.',
} as const;

export function perRequestPoolFindings({ sites }: FileFacts): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<ClientSite>();
  for (const use of sites.poolUses()) {
    const verdict = poolLifetimeVerdict(use);
    if (!verdict || reported.has(use.pool)) continue;
    reported.add(use.pool);
    const every =
      verdict === 'per-iteration' ? 'every iteration of the loop' : use.functionName ? `every call of \`${use.functionName}\`` : 'every call of the enclosing function';
    // A language without modules says where a shared pool lives in its own terms.
    const place = use.pool.library.buildOnceAt;
    const messageId = verdict === 'per-request' ? (place ? 'poolPerRequestBuildOnce' : 'poolPerRequest') : place ? 'poolPerRunBuildOnce' : 'poolPerRun';
    findings.push({
      rule: 'no-per-request-pool',
      messageId: use.pool.language === 'java' ? (verdict === 'per-request' ? 'clientPerRequest' : 'clientPerRun') : messageId,
      data: { pool: quoted(use.pool), request: use.request, every, idle: idleText(use.pool), ...(place ? { place } : {}) },
      range: use.pool.range,
      suggestions: [],
    });
  }
  return findings;
}

function idleText(pool: ClientSite): string {
  const idleMs = idleMsOf(pool);
  if (idleMs === null) return 'until the server closes them';
  return idleMs === undefined ? 'until they time out' : `for ${formatDuration(idleMs)}`;
}
