import type { Target } from '../targets';

/**
 * How messages name a target: its name, and for one discovered in the workspace's config files where its number is
 * written, `nginx (deploy/nginx.conf:14 \`keepalive_timeout 15s\`)`, so the reader goes to the line in one hop.
 */
export function targetName(target: Pick<Target, 'name' | 'origin'>): string {
  const { origin } = target;
  return origin ? `${target.name} (${origin.file}:${origin.line} \`${origin.directive}\`)` : target.name;
}
