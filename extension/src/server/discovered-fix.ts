import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { USE_DISCOVERED_COMMAND, type UseDiscoveredArguments } from '../shared/protocol';
import type { LintedDocument } from './linting';

const DISCOVERED = 'discovered';

/**
 * "Use the servers discovered in this workspace": offered with the findings of a document whose repository's config
 * files configure servers or balancers that `keepalive.servers` / `keepalive.frontedBy` do not use yet. The client
 * writes the settings (VS Code's workspace settings, `'discovered'` first and the ids already listed after it); the
 * change of settings then lints every open document against the discovered targets. Not offered where the
 * project's ESLint config decides the settings: that file is the user's to edit.
 */
export function useDiscoveredAction(linted: LintedDocument, uri: string, diagnostics: Diagnostic[]): CodeAction | null {
  const found = linted.outcome.inspection?.discovered;
  if (!found || linted.settings.origin !== 'editor') return null;
  const current = (linted.settings.settings['keepalive'] ?? {}) as Readonly<Record<string, unknown>>;
  const settings: { servers?: unknown[]; frontedBy?: unknown[] } = {};
  if (found.servers.length > 0 && !listOf(current['servers']).includes(DISCOVERED)) settings.servers = [DISCOVERED, ...listOf(current['servers'])];
  if (found.balancers.length > 0 && !listOf(current['frontedBy']).includes(DISCOVERED)) settings.frontedBy = [DISCOVERED, ...listOf(current['frontedBy'])];
  const keys = Object.keys(settings);
  if (keys.length === 0) return null;
  const title = `Use the servers discovered in this workspace (${keys.map((key) => `keepalive.${key}`).join(', ')})`;
  const argument: UseDiscoveredArguments = { uri, settings };
  return { title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: USE_DISCOVERED_COMMAND, arguments: [argument] } };
}

/** A setting's entries: a list, one id, or nothing. */
function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}
