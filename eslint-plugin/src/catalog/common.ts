/**
 * Which catalogue entries the advice assumes or shows beside the configured targets. Data only: the ids must
 * name entries of `servers.ts` (a test checks it).
 */

/** A catalogue entry (at the versions given) taken as the server when none is set, and the name messages give it. */
export interface ServerAssumption {
  readonly id: string;
  readonly versions: string;
  readonly name: string;
}

/**
 * The server assumed when `settings.keepalive.servers` is unset: the shortest idle timeout common servers use
 * (Node.js before 26, Apache httpd, uvicorn: 5 s), so the advice is safe whatever the code talks to. JavaScript
 * files name it after Node.js, their most common peer.
 */
export const ASSUMED_SERVER = { id: 'node', versions: '<26', name: 'Node.js (assumed)' } as const satisfies ServerAssumption;

/**
 * The same 5 s assumption in Java and Go files, named after the Apache HTTP Server (2.2 and later): a Java or Go
 * client talks to any server, and a Node.js label there reads as if the code were JavaScript.
 */
export const ASSUMED_SERVER_JAVA_GO = { id: 'apache-httpd', versions: '>=2.2', name: 'Apache HTTP Server (assumed)' } as const satisfies ServerAssumption;

/**
 * Servers a reader meets most often, shown next to the configured targets so a client's idle timeout can be judged
 * for the next deployment too: origins on short and long defaults, a proxy, an HTTP balancer and an L4 one.
 */
export const COMMON_SERVER_IDS: readonly string[] = ['node', 'fastify', 'apache-httpd', 'gunicorn', 'uvicorn', 'tomcat', 'nginx', 'haproxy', 'aws-alb', 'azure-lb'];

/** Balancers and proxies whose pools most often sit in front of an application server. */
export const COMMON_BALANCER_IDS: readonly string[] = [
  'aws-alb',
  'gcp-alb-backend',
  'azure-app-gateway',
  'nginx-upstream',
  'envoy-upstream',
  'cloudflare-origin',
  'heroku',
];

/**
 * Devices on the way that drop idle flows whatever the origin's `Keep-Alive` hint said: what a pool's keep-alive
 * cap is compared with. An HTTP balancer, then L4 devices from the shortest default to the longest.
 */
export const COMMON_MIDDLEBOX_IDS: readonly string[] = ['aws-alb', 'azure-lb', 'aws-nlb', 'linux-ipvs', 'gcp-cloud-nat', 'generic-l4-vip'];
