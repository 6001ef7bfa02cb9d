import type { Node } from 'web-tree-sitter';
import type { TextRange } from '../sites';
import { wholeSeconds } from './durations';
import { defaultTimeout, idleOf, writtenTimeout, type ConfigFile } from './entries';
import type { Grammar } from '../languages/tree-sitter/grammar';
import type { DiscoveredIdle, DiscoveredRole, DiscoveredTimeout } from './types';

interface Block {
  readonly type: string;
  readonly labels: readonly string[];
  /** `resource "aws_lb" "web"`: the header, where a default is said to apply. */
  readonly header: TextRange;
  readonly attributes: ReadonlyMap<string, Node>;
}

/**
 * Which resources carry an idle timeout, its attribute, its unit, and what it is to the code. An ALB's and a Classic
 * ELB's one idle timeout applies to client and target connections alike; an Azure LB rule's flow timeout too.
 */
const RESOURCES: Readonly<Record<string, { readonly attribute: string; readonly unitMs: number; readonly product: string; readonly roles: readonly DiscoveredRole[] }>> = {
  aws_lb: { attribute: 'idle_timeout', unitMs: 1000, product: 'aws-alb', roles: ['server', 'balancer'] },
  aws_alb: { attribute: 'idle_timeout', unitMs: 1000, product: 'aws-alb', roles: ['server', 'balancer'] },
  aws_elb: { attribute: 'idle_timeout', unitMs: 1000, product: 'aws-elb', roles: ['server', 'balancer'] },
  aws_lb_listener: { attribute: 'tcp_idle_timeout_seconds', unitMs: 1000, product: 'aws-nlb', roles: ['server', 'balancer'] },
  azurerm_lb_rule: { attribute: 'idle_timeout_in_minutes', unitMs: 60_000, product: 'azure-lb', roles: ['server', 'balancer'] },
  google_compute_target_http_proxy: { attribute: 'http_keep_alive_timeout_sec', unitMs: 1000, product: 'gcp-alb', roles: ['server'] },
  google_compute_target_https_proxy: { attribute: 'http_keep_alive_timeout_sec', unitMs: 1000, product: 'gcp-alb', roles: ['server'] },
  google_compute_region_target_http_proxy: { attribute: 'http_keep_alive_timeout_sec', unitMs: 1000, product: 'gcp-alb-regional', roles: ['server'] },
  google_compute_region_target_https_proxy: { attribute: 'http_keep_alive_timeout_sec', unitMs: 1000, product: 'gcp-alb-regional', roles: ['server'] },
};

/**
 * Terraform (`*.tf`): literal values, and `var.x` whose variable block in the same file has a literal default;
 * anything else (locals, expressions, variables set elsewhere) is unknown. A `network` `aws_lb` is an NLB, whose idle
 * timeout lives on its TCP listeners; a Google proxy's pool towards its backends is fixed at 600 s.
 */
export function readTerraform(text: string, grammar: Grammar<'hcl'>, config: ConfigFile): DiscoveredTimeout[] {
  const tree = grammar.parse(text);
  try {
    const blocks = blocksOf(tree.rootNode, text);
    const variables = new Map(blocks.filter((block) => block.type === 'variable').map((block) => [block.labels[0] ?? '', block.attributes.get('default')]));
    const found: DiscoveredTimeout[] = [];
    for (const block of blocks) {
      const [resourceType = '', name = ''] = block.labels;
      const spec = block.type === 'resource' ? RESOURCES[resourceType] : undefined;
      if (!spec) continue;
      const context = `resource ${resourceType}.${name}`;
      const type = literalText(block.attributes.get('load_balancer_type'), text) ?? 'application';
      if ((resourceType === 'aws_lb' || resourceType === 'aws_alb') && type !== 'application') {
        if (type === 'network' && !listenerSets(blocks, name, text)) found.push(defaultTimeout(config, { range: block.header, product: 'aws-nlb', roles: spec.roles, directive: 'tcp_idle_timeout_seconds unset on its listeners', context }));
        continue;
      }
      const attribute = block.attributes.get(spec.attribute);
      if (attribute) {
        const range: TextRange = [attribute.startIndex, attribute.endIndex];
        found.push(writtenTimeout(config, { range, product: spec.product, roles: spec.roles, directive: text.slice(range[0], range[1]).replace(/\s+/g, ' '), context }, valueOf(attribute, spec.unitMs, variables, text)));
      } else if (resourceType !== 'aws_lb_listener') {
        found.push(defaultTimeout(config, { range: block.header, product: spec.product, roles: spec.roles, directive: `${spec.attribute} unset`, context }));
      }
      if (spec.product.startsWith('gcp-alb')) {
        found.push(defaultTimeout(config, { range: block.header, product: 'gcp-alb-backend', roles: ['balancer'], directive: 'backend keep-alive (fixed)', context }));
      }
    }
    return found;
  } finally {
    tree.delete();
  }
}

/** Whether an `aws_lb_listener` of this NLB sets its idle timeout (it then stands for the NLB). */
function listenerSets(blocks: readonly Block[], name: string, text: string): boolean {
  return blocks.some((block) => {
    if (block.type !== 'resource' || block.labels[0] !== 'aws_lb_listener' || !block.attributes.has('tcp_idle_timeout_seconds')) return false;
    const arn = block.attributes.get('load_balancer_arn');
    return arn !== undefined && text.slice(arn.startIndex, arn.endIndex).includes(`aws_lb.${name}.`);
  });
}

function valueOf(attribute: Node, unitMs: number, variables: ReadonlyMap<string, Node | undefined>, text: string): DiscoveredIdle {
  const expression = attribute.namedChildren.find((child) => child?.type === 'expression') ?? null;
  const literal = literalText(attribute, text);
  const written = expression?.text ?? '';
  if (literal !== undefined) {
    const seconds = wholeSeconds(literal);
    return idleOf(seconds === undefined ? undefined : (seconds / 1000) * unitMs, literal);
  }
  const reference = /^var\.([A-Za-z_][\w-]*)$/.exec(written.trim());
  if (reference) {
    const fallback = variables.get(reference[1]!);
    const value = fallback ? literalText(fallback, text) : undefined;
    if (value === undefined) return { state: 'unknown', why: `var.${reference[1]} has no literal default in this file` };
    const seconds = wholeSeconds(value);
    return idleOf(seconds === undefined ? undefined : (seconds / 1000) * unitMs, value);
  }
  return { state: 'unknown', why: `${written.trim()} is computed when Terraform runs` };
}

/** A number or a plain string literal as its text; anything else undefined. */
function literalText(attribute: Node | undefined, text: string): string | undefined {
  const expression = attribute?.namedChildren.find((child) => child?.type === 'expression');
  const literal = expression?.namedChildCount === 1 ? expression.namedChild(0) : null;
  if (!literal || literal.type !== 'literal_value') return undefined;
  const value = literal.namedChild(0);
  if (value?.type === 'numeric_lit') return value.text;
  if (value?.type === 'string_lit' && value.namedChildren.every((part) => part?.type !== 'template_interpolation')) {
    return text.slice(value.startIndex + 1, value.endIndex - 1);
  }
  return undefined;
}

function blocksOf(root: Node, text: string): Block[] {
  const body = root.namedChildren.find((child) => child?.type === 'body');
  return (body?.namedChildren ?? []).flatMap((child) => {
    if (child?.type !== 'block') return [];
    const type = child.namedChildren.find((part) => part?.type === 'identifier')?.text ?? '';
    const labels = child.namedChildren.filter((part) => part?.type === 'string_lit').map((part) => text.slice(part!.startIndex + 1, part!.endIndex - 1));
    const opening = child.namedChildren.find((part) => part?.type === 'block_start');
    const attributes = new Map<string, Node>();
    for (const attribute of child.namedChildren.find((part) => part?.type === 'body')?.namedChildren ?? []) {
      if (attribute?.type === 'attribute') attributes.set(attribute.namedChild(0)?.text ?? '', attribute);
    }
    return [{ type, labels, header: [child.startIndex, trimEnd(text, child.startIndex, opening ? opening.startIndex : child.endIndex)], attributes }];
  });
}

/** The end of the header without the spaces before `{`. */
function trimEnd(text: string, start: number, end: number): number {
  let at = end;
  while (at > start && /\s/.test(text[at - 1]!)) at--;
  return at;
}
