import type { ConfigFormat } from './types';

/** Folders whose `*.conf` files are nginx's (the layouts of the official image, Debian and Alpine packages). */
const NGINX_FOLDERS = new Set(['nginx', 'conf.d', 'sites-available', 'sites-enabled', 'http.d', 'vhosts.d']);

/** What a YAML file may be: decided by its content, since any name can hold a Kubernetes manifest. */
export type FileKind = ConfigFormat | 'yaml' | 'spring-yaml';

/**
 * The format a file is read as, from its path relative to the root (`/` separators), or undefined for a file
 * discovery does not read. Names follow each product's conventions; `*.yaml` is read when its text says what it is.
 */
export function fileKindOf(path: string): FileKind | undefined {
  const segments = path.split('/');
  const name = segments.at(-1)!;
  const lower = name.toLowerCase();
  const folders = segments.slice(0, -1).map((segment) => segment.toLowerCase());
  if (lower === 'nginx.conf' || ((lower.endsWith('.conf') || lower.endsWith('.conf.template')) && folders.some((folder) => NGINX_FOLDERS.has(folder)))) return 'nginx';
  if (lower === 'haproxy.cfg' || (lower.endsWith('.cfg') && folders.includes('haproxy'))) return 'haproxy';
  if (/^application([-.][\w.-]+)?\.properties$/.test(lower)) return 'spring';
  if (/^application([-.][\w.-]+)?\.ya?ml$/.test(lower)) return 'spring-yaml';
  if (lower.endsWith('.tf')) return 'terraform';
  if (lower === 'caddyfile' || lower.startsWith('caddyfile.') || lower.endsWith('.caddyfile')) return 'caddy';
  if (lower === 'dockerfile' || lower === 'containerfile' || lower.startsWith('dockerfile.') || lower.endsWith('.dockerfile')) return 'dockerfile';
  if (lower === 'procfile' || lower.startsWith('procfile.')) return 'procfile';
  if (/^traefik\.ya?ml$/.test(lower)) return 'traefik';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return undefined;
}

/** Words without which a YAML file holds nothing discovery reads: most YAML files are skipped unparsed. */
export const YAML_MARKERS: readonly string[] = ['static_resources', 'idle-timeout', 'keep-alive', 'upstream-keepalive-timeout'];
