import { findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { ServerConcept, ServerConstructor, ServerFramework } from '../../catalog/types';
import type { ServerAssignmentSetting, ServerOptionSetting, ServerSetting, ServerSite } from '../../sites';
import { textOf } from './text';
import { lookupPath, type OptionsArgument } from './client-sites';
import type { ModuleReference } from './module-references';
import type { ServerReferenceInfo } from './trace-map';
import { propertyName, reachOf, type ServerAssignment, type ServerReach } from './server-reach';
import { moduleOf, type JsModule } from './js-module';
import { lookup, resolveObject, unwrap, type StaticValue } from './static-values';
import { writtenAt } from './written-at';

/** A server setting as JavaScript writes it: explicit ones keep the nodes suggestions edit. */
export type JsServerSetting =
  | (ServerOptionSetting & { readonly property: TSESTree.Property; readonly valueNode: TSESTree.Node; readonly elsewhere: boolean })
  | (ServerAssignmentSetting & { readonly nodes: readonly TSESTree.AssignmentExpression[] })
  | Exclude<ServerSetting, ServerOptionSetting | ServerAssignmentSetting>;

export interface JsServerSite extends ServerSite {
  readonly framework: ServerFramework;
  /** The app or server construction: `http.createServer(…)`, `express()`, `new Koa()`, `fastify(…)`, `Hapi.server(…)`. */
  readonly construction: TSESTree.CallExpression | TSESTree.NewExpression;
  /** Where the Node.js server comes into being: the construction, or `app.listen(…)` for Express and Koa. */
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly argument: OptionsArgument;
  readonly settings: Readonly<Record<ServerConcept, JsServerSetting>>;
  /** Code that names the Node.js server (`server`, `app.server`, `server.listener`), when it is kept in a variable. */
  readonly handleText: string | null;
  readonly reach: ServerReach;
}

export const SERVER_CONCEPTS: readonly ServerConcept[] = ['keepAliveTimeoutMs', 'headersTimeoutMs', 'requestTimeoutMs'];

/**
 * Every Node.js HTTP server among a file's tracked references: created directly, or through a framework whose
 * server object is visible.
 */
export function findServerSites(sourceCode: Readonly<TSESLint.SourceCode>, references: readonly ModuleReference<ServerReferenceInfo>[]): JsServerSite[] {
  const apps = new Set<TSESTree.Node>(references.filter((r) => r.info.framework.handle.kind !== 'self').map((r) => r.node));
  const sites: JsServerSite[] = [];
  for (const { node, info } of references) {
    const { framework } = info;
    const scope = sourceCode.getScope(node) as Scope.Scope;
    const options = readOptions(node, info.constructor, scope, apps);
    if (framework.handle.kind === 'method-result') {
      for (const listen of methodCalls(node, framework.handle.method, sourceCode)) {
        sites.push(toSite(info, node, listen, options, reachOf(listen, framework.handle, false, sourceCode), sourceCode, scope));
      }
    } else {
      const reach = reachOf(node, framework.handle, framework.handle.kind === 'self', sourceCode);
      sites.push(toSite(info, node, node, options, reach, sourceCode, scope));
    }
  }
  return sites;
}

function toSite(
  info: ServerReferenceInfo,
  construction: TSESTree.CallExpression | TSESTree.NewExpression,
  node: TSESTree.CallExpression | TSESTree.NewExpression,
  options: OptionsArgument,
  reach: ServerReach,
  sourceCode: Readonly<TSESLint.SourceCode>,
  scope: Scope.Scope,
): JsServerSite {
  const { framework } = info;
  const settings = {} as Record<ServerConcept, JsServerSetting>;
  const module = moduleOf(scope);
  for (const concept of SERVER_CONCEPTS) settings[concept] = readSetting(framework, concept, options, reach, module, construction, sourceCode.text);
  const handle = framework.handle;
  const handleText = reach.binding ? (handle.kind === 'property' ? `${reach.binding.name}.${handle.property}` : reach.binding.name) : null;
  return {
    kind: 'server',
    framework,
    construction,
    node,
    label: labelOf(node, framework, sourceCode),
    range: node.range,
    calleeRange: construction.callee.range,
    ...(node === construction ? {} : { listenCalleeRange: node.callee.range }),
    argument: options,
    settings,
    handleText,
    reach,
  };
}

function readSetting(
  framework: ServerFramework,
  concept: ServerConcept,
  options: OptionsArgument,
  reach: ServerReach,
  module: JsModule | null,
  construction: TSESTree.Node,
  text: string,
): JsServerSetting {
  const assigned = reach.assignments.filter((a) => a.concept === concept);
  // Assignments run after the construction, so they win over its options.
  if (assigned.length > 0) return fromAssignments(assigned, text);
  if (options.state === 'unknown') return { source: 'unknown' };
  if (options.state === 'object' && framework.replacedBy.some((name) => lookup(options.shape, name).state !== 'absent')) return { source: 'unknown' };
  for (const [name, option] of Object.entries(framework.options)) {
    if (option.concept !== concept || options.state !== 'object') continue;
    const found = lookupPath(options.shape, name);
    if (found.state === 'unknown' || (found.state === 'present' && !found.value.known)) return { source: 'unknown' };
    if (found.state === 'present' && found.value.known && found.value.value !== undefined) {
      const at = writtenAt(found.entry, module, construction);
      const explicit = {
        source: 'explicit',
        via: 'option',
        value: found.value.value,
        option: name,
        property: found.property,
        valueNode: found.valueNode,
        range: at.range,
        valueRange: at.valueRange,
        text: at.text,
        elsewhere: at.elsewhere,
      } as const;
      return option.nodeVersions ? { ...explicit, nodeVersions: option.nodeVersions } : explicit;
    }
  }
  // Code that received the server may have set it: the default cannot be trusted then.
  return reach.escapes ? { source: 'unknown' } : { source: 'default', defaults: framework.defaults[concept] };
}

function fromAssignments(assigned: readonly ServerAssignment[], text: string): JsServerSetting {
  const first = assigned[0]!;
  const plain = assigned.every((a) => a.node.type === 'AssignmentExpression' && a.value.known);
  if (!plain || assigned.some((a) => a.value.known && first.value.known && a.value.value !== first.value.value)) return { source: 'unknown' };
  const nodes = assigned.map((a) => a.node as TSESTree.AssignmentExpression);
  const right = nodes[0]!.right;
  return {
    source: 'explicit',
    via: 'assignment',
    value: (first.value as Extract<StaticValue, { known: true }>).value,
    option: first.property,
    nodes,
    assignments: nodes.map((node) => node.range),
    range: nodes[0]!.range,
    valueRange: right.range,
    text: textOf(text, right),
  };
}

/** `app.listen(…)` on the app itself or on the variable it is kept in. */
function methodCalls(app: TSESTree.Node, method: string, sourceCode: Readonly<TSESLint.SourceCode>): TSESTree.CallExpression[] {
  const holders: TSESTree.Node[] = [app];
  const parent = app.parent;
  if (parent?.type === 'VariableDeclarator' && parent.init === app && parent.id.type === 'Identifier') {
    const variable = sourceCode.getDeclaredVariables(parent).find((v) => v.name === (parent.id as TSESTree.Identifier).name);
    for (const reference of variable?.references ?? []) if (reference.isRead()) holders.push(reference.identifier as TSESTree.Node);
  }
  const calls: TSESTree.CallExpression[] = [];
  for (const holder of holders) {
    const member = holder.parent;
    if (member?.type !== 'MemberExpression' || member.object !== holder || propertyName(member) !== method) continue;
    if (member.parent?.type === 'CallExpression' && member.parent.callee === member) calls.push(member.parent);
  }
  return calls;
}

/**
 * The options argument. `http.createServer(x)` with one argument takes `x` as options when it is an object and as
 * the request listener when it is a function; a value whose kind cannot be seen leaves the options unknown.
 */
function readOptions(node: TSESTree.CallExpression | TSESTree.NewExpression, constructor: ServerConstructor, scope: Scope.Scope, apps: ReadonlySet<TSESTree.Node>): OptionsArgument {
  const index = constructor.optionsIndex;
  if (index === null) return { state: 'missing' };
  const args = node.arguments;
  if (args.slice(0, index + 1).some((arg) => arg.type === 'SpreadElement')) return { state: 'unknown', node };
  const argument = args[index];
  if (!argument || isNothing(argument)) return { state: 'missing' };
  const shape = resolveObject(argument, scope);
  if (shape) return { state: 'object', shape, node: argument };
  const alone = args.length === index + 1;
  if (constructor.listenerMayReplaceOptions && alone && isListener(argument, scope, apps)) return { state: 'missing' };
  return { state: 'unknown', node: argument };
}

function isNothing(node: TSESTree.Node): boolean {
  return (node.type === 'Literal' && node.value === null) || (node.type === 'Identifier' && node.name === 'undefined');
}

/** A function, an Express or Koa app (`app`, `app.callback()`), or a name bound to one. */
function isListener(node: TSESTree.Node, scope: Scope.Scope, apps: ReadonlySet<TSESTree.Node>, depth = 0): boolean {
  const target = unwrap(node);
  if (target.type === 'FunctionExpression' || target.type === 'ArrowFunctionExpression' || apps.has(target)) return true;
  if (target.type === 'CallExpression' && target.callee.type === 'MemberExpression' && propertyName(target.callee) === 'callback') {
    return depth < 2 && isListener(target.callee.object, scope, apps, depth + 1);
  }
  if (target.type !== 'Identifier' || depth > 2) return false;
  const variable = findVariable(scope as never, target as never) as Scope.Variable | null;
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type === 'FunctionName') return true;
  if (definition?.type !== 'Variable' || !definition.node.init) return false;
  return isListener(definition.node.init, variable!.scope, apps, depth + 1);
}

function labelOf(node: TSESTree.CallExpression | TSESTree.NewExpression, framework: ServerFramework, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const callee = sourceCode.getText(node.callee);
  const text = /^[\w$.() ]{1,40}$/.test(callee) ? callee : framework.name;
  return `${node.type === 'NewExpression' ? 'new ' : ''}${text}()`;
}
