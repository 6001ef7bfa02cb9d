import { rules } from '../rules';

/** Which rule reports each verdict. A verdict whose rule does not exist (yet) links to nothing. */
const RULE_FOR_VERDICT: Readonly<Record<string, string>> = {
  'missing-idle-timeout': 'require-idle-timeout',
  'idle-timeout-not-below-server': 'require-idle-timeout-below-server',
  'server-idle-below-balancer': 'require-server-idle-above-balancer',
  'no-keepalive-cap': 'require-keepalive-cap',
  'keepalive-cap-above-middlebox': 'require-keepalive-cap',
  'no-lifetime-cap': 'require-keepalive-cap',
  'lifetime-cap-above-target': 'require-keepalive-cap',
};

export function ruleFor(verdict: string): { id: string; docUrl: string } | null {
  const name = RULE_FOR_VERDICT[verdict];
  const rule = name ? (rules as Readonly<Record<string, { meta: { docs?: { url?: string } } }>>)[name] : undefined;
  const docUrl = rule?.meta.docs?.url;
  return name && docUrl ? { id: `keepalive/${name}`, docUrl } : null;
}
