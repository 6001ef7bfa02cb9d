import { wholeSeconds } from './durations';
import { defaultTimeout, idleOf, writtenTimeout, type ConfigFile } from './entries';
import type { DiscoveredTimeout } from './types';
import { at, entries, entry, scalar, written, type YamlValue } from './yaml-tree';
import type { Node } from 'yaml';

const AWS_IDLE = 'service.beta.kubernetes.io/aws-load-balancer-connection-idle-timeout';
const AZURE_IDLE = 'service.beta.kubernetes.io/azure-load-balancer-tcp-idle-timeout';

/** ingress-nginx's ConfigMap keys: the idle time its clients see, and its own pool towards the services behind it. */
const INGRESS_KEYS = [
  { key: 'keep-alive', product: 'ingress-nginx', role: 'server' },
  { key: 'upstream-keepalive-timeout', product: 'ingress-nginx-upstream', role: 'balancer' },
] as const;

/**
 * Kubernetes manifests: the load balancer a `Service` annotation configures (AWS Classic ELB in seconds, Azure Load
 * Balancer in minutes; one idle timeout for both sides), and the ingress-nginx controller's ConfigMap.
 */
export function readKubernetes(text: string, documents: readonly Node[], config: ConfigFile): DiscoveredTimeout[] {
  const found: DiscoveredTimeout[] = [];
  for (const document of documents) {
    const kind = scalar(entry(document, 'kind')?.node);
    const name = String(scalar(at(document, ['metadata', 'name'])?.node) ?? '');
    if (kind === 'Service') {
      const annotations = at(document, ['metadata', 'annotations'])?.node;
      const context = `Service ${name}`.trim();
      const aws = entry(annotations, AWS_IDLE);
      if (aws) found.push(annotation(text, config, aws, 'aws-elb', 1, context));
      const azure = entry(annotations, AZURE_IDLE);
      if (azure) found.push(annotation(text, config, azure, 'azure-lb', 60, context));
    } else if (kind === 'ConfigMap' && isIngressNginx(document, name)) {
      const data = at(document, ['data']);
      const context = `ConfigMap ${name}`.trim();
      for (const { key, product, role } of INGRESS_KEYS) {
        const value = entry(data?.node, key);
        if (value) {
          const seconds = String(scalar(value.node) ?? '');
          found.push(writtenTimeout(config, { range: value.range, product, roles: [role], directive: written(text, value.range), context }, idleOf(wholeSeconds(seconds), seconds)));
        } else {
          const range = (data ?? at(document, ['metadata', 'name']) ?? at(document, []))!.keyRange;
          found.push(defaultTimeout(config, { range, product, roles: [role], directive: `${key} unset`, context }));
        }
      }
    }
  }
  return found;
}

/** A ConfigMap the controller reads: named or labelled for ingress-nginx, or holding one of its keep-alive keys. */
function isIngressNginx(document: Node, name: string): boolean {
  if (/ingress-nginx|nginx-configuration|nginx-ingress/.test(name)) return true;
  const labels = entries(at(document, ['metadata', 'labels'])?.node).map(([, value]) => String(scalar(value.node)));
  if (labels.includes('ingress-nginx')) return true;
  const data = at(document, ['data'])?.node;
  return INGRESS_KEYS.some(({ key }) => entry(data, key));
}

function annotation(text: string, config: ConfigFile, value: YamlValue, product: string, unitSeconds: number, context: string): DiscoveredTimeout {
  const raw = String(scalar(value.node) ?? '');
  const seconds = wholeSeconds(raw);
  return writtenTimeout(
    config,
    { range: value.range, product, roles: ['server', 'balancer'], directive: written(text, value.range), context },
    idleOf(seconds === undefined ? undefined : seconds * unitSeconds, raw),
  );
}
