import type { Targets } from '../targets';
import type { Finding } from './types';

/** Malformed `settings.keepalive`: each problem is one complete sentence naming the setting and what was expected. */
export const settingsMessages = {
  invalidSettings: 'Invalid keep-alive settings: {{problem}}',
} as const;

/** One finding per problem, at the top of the file: settings belong to no line of it. */
export function settingsFindings(targets: Targets): Finding[] {
  return targets.problems.map((problem) => ({ rule: 'valid-settings', messageId: 'invalidSettings', data: { problem }, range: [0, 0], suggestions: [] }));
}
