import { pathToFileURL } from 'node:url';
import type { ESLint, Linter, Rule } from 'eslint';
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder';
import type { Notification } from 'sarif';

const TOOL_URI = 'https://github.com/keepalive-lint/keepalive-lint';

interface PluginForSarif {
  readonly meta: { readonly version: string };
  readonly rules: Readonly<Record<string, unknown>>;
}

/**
 * The lint results as a SARIF 2.1.0 log (what GitHub code scanning uploads), built with node-sarif-builder: one run
 * of the tool `keepalive-lint`, every rule with its description and documentation, one result per finding. A file
 * that could not be parsed is a tool notification, not a result: it is no finding about the code.
 */
export function sarifLog(results: readonly ESLint.LintResult[], plugin: PluginForSarif): string {
  const run = new SarifRunBuilder().initSimple({ toolDriverName: 'keepalive-lint', toolDriverVersion: plugin.meta.version, url: TOOL_URI });
  for (const [name, rule] of Object.entries(plugin.rules)) {
    const docs = (rule as Rule.RuleModule).meta?.docs;
    run.addRule(new SarifRuleBuilder().initSimple({ ruleId: `keepalive/${name}`, shortDescriptionText: docs?.description ?? name, helpUri: docs?.url }));
  }
  const notifications: Notification[] = [];
  for (const result of results) {
    const fileUri = pathToFileURL(result.filePath).href;
    for (const message of result.messages) {
      if (message.ruleId) run.addResult(new SarifResultBuilder().initSimple({ ruleId: message.ruleId, level: level(message), messageText: message.message, fileUri, ...region(message) }));
      else notifications.push(notification(message, fileUri));
    }
  }
  run.run.invocations = [{ executionSuccessful: true, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }];
  const builder = new SarifBuilder();
  builder.addRun(run);
  return builder.buildSarifJsonString({ indent: true });
}

function level(message: Linter.LintMessage): 'error' | 'warning' {
  return message.severity === 2 ? 'error' : 'warning';
}

/** ESLint's lines and columns are 1-based like SARIF's; a message without an end covers its start. */
function region(message: Linter.LintMessage): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  const startLine = Math.max(1, message.line);
  const startColumn = Math.max(1, message.column);
  return { startLine, startColumn, endLine: Math.max(startLine, message.endLine ?? startLine), endColumn: Math.max(1, message.endColumn ?? startColumn) };
}

function notification(message: Linter.LintMessage, fileUri: string): Notification {
  return {
    level: 'error',
    message: { text: message.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: fileUri }, region: { startLine: Math.max(1, message.line), startColumn: Math.max(1, message.column) } } }],
  };
}
