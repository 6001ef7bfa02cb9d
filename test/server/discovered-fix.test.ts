import { strict as assert } from 'node:assert';
import type { InspectedDiscovery, TargetView } from 'eslint-plugin-keepalive/inspect';
import type { Diagnostic } from 'vscode-languageserver';
import { useDiscoveredAction } from 'keepalive-lint-vscode/out/server/discovered-fix';
import type { LintedDocument } from 'keepalive-lint-vscode/out/server/linting';

const NGINX = { id: 'nginx', name: 'nginx', kind: 'proxy', idleTimeoutMs: 15_000, idle: '15 s', source: 'deploy/nginx.conf:2', sourceUrl: null, assumed: false } as TargetView;
const DIAGNOSTIC: Diagnostic = { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 5 } }, message: 'x', source: 'keepalive' };

/** A lint result as the fix reads it: what discovery found, and the settings the document was linted with. */
function linted(discovered: InspectedDiscovery | undefined, keepalive: Record<string, unknown>, origin: 'editor' | 'project' = 'editor'): LintedDocument {
  return {
    version: 1,
    generation: 0,
    outcome: { messages: [], inspection: { sites: [], targets: {} as never, problems: [], parseError: null, ...(discovered ? { discovered } : {}) } },
    settings: { settings: { keepalive }, origin },
  } as unknown as LintedDocument;
}

describe('quick fix: use the servers discovered in this workspace', () => {
  it('puts "discovered" first and keeps the ids the setting already lists', () => {
    const action = useDiscoveredAction(linted({ servers: [NGINX], balancers: [] }, { servers: ['aws-alb', { name: 'billing', idleTimeoutMs: 3000 }] }), 'file:///w/a.js', [DIAGNOSTIC]);
    assert.equal(action?.title, 'Use the servers discovered in this workspace (keepalive.servers)');
    assert.deepEqual(action?.command?.arguments, [{ uri: 'file:///w/a.js', settings: { servers: ['discovered', 'aws-alb', { name: 'billing', idleTimeoutMs: 3000 }] } }]);
    assert.deepEqual(action?.diagnostics, [DIAGNOSTIC]);
  });

  it('reads a single id as a list of one', () => {
    const action = useDiscoveredAction(linted({ servers: [], balancers: [NGINX] }, { frontedBy: 'aws-alb' }), 'file:///w/a.js', []);
    assert.deepEqual(action?.command?.arguments?.[0].settings, { frontedBy: ['discovered', 'aws-alb'] });
  });

  it('is not offered when discovery found nothing, when the settings already use it, or when the project ESLint config decides', () => {
    assert.equal(useDiscoveredAction(linted(undefined, {}), 'file:///w/a.js', []), null);
    assert.equal(useDiscoveredAction(linted({ servers: [], balancers: [] }, {}), 'file:///w/a.js', []), null);
    assert.equal(useDiscoveredAction(linted({ servers: [NGINX], balancers: [] }, { servers: ['nginx', 'discovered'] }), 'file:///w/a.js', []), null);
    assert.equal(useDiscoveredAction(linted({ servers: [NGINX], balancers: [] }, {}, 'project'), 'file:///w/a.js', []), null);
  });
});
