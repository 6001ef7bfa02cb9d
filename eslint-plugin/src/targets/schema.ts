/**
 * The one schema of `settings.keepalive`: what the rules read (read-targets.ts checks values with clearer messages
 * than a schema validator), what the CLI's flags and `--settings` file set, and what the VS Code extension declares
 * for `keepalive.*` (a test compares its package.json with this).
 */

const KINDS = ['server', 'proxy', 'load-balancer', 'l4'] as const;

/** A server the catalogue does not know, described by its numbers. */
const customServer = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1 },
    idleTimeoutMs: { type: ['number', 'null'], exclusiveMinimum: 0, description: 'Idle timeout in ms; null: it never closes idle connections.' },
    kind: { enum: [...KINDS] },
    maxConnectionAgeMs: {
      type: 'number',
      exclusiveMinimum: 0,
      description: 'The age after which this server ends a connection without telling the client; pools must end theirs before.',
    },
  },
  required: ['name', 'idleTimeoutMs'],
  additionalProperties: false,
} as const;

/** The word that stands for the servers and balancers written in the workspace's config files. */
export const DISCOVERED = 'discovered';

/** A catalogue id, or `'discovered'`. */
const serverId = {
  type: 'string',
  description: "A catalogue id such as 'nginx' or 'node@20', or 'discovered': the servers and balancers the workspace's config files configure.",
} as const;

/** Catalogue ids (`nginx`, `node@20`), `'discovered'` and custom servers; a single id may stand for a list of one. */
const serverList = {
  anyOf: [serverId, { type: 'array', items: { anyOf: [serverId, customServer] } }],
} as const;

export const keepaliveSettingsSchema = {
  type: 'object',
  properties: {
    servers: serverList,
    frontedBy: serverList,
    marginMs: { type: 'number', minimum: 0 },
    node: { type: 'string' },
    java: { type: 'string' },
    go: { type: 'string' },
  },
  additionalProperties: false,
} as const;

export type SettingKey = keyof typeof keepaliveSettingsSchema.properties;

/** Every key of `settings.keepalive`, in the order messages list them. */
export const SETTING_KEYS = Object.keys(keepaliveSettingsSchema.properties) as SettingKey[];

/** The kinds a custom server may declare. */
export const SERVER_KINDS: readonly (typeof KINDS)[number][] = KINDS;
