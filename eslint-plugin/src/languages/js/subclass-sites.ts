import { ReferenceTracker, type TraceMap } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import { toClientSite, type JsClientSite, type PoolReferenceInfo } from './client-sites';
import { baseArguments, dependsOnArguments } from './construction-options';
import type { JsModule } from './js-module';
import type { ModuleReference } from './module-references';
import { bindingOf, classSubclass, functionSubclass, thisFunctionOf, type PoolSubclass } from './subclasses';
import type { TrackedExport } from './trace-map';
import { subclassNode } from './trace-nodes';

type Expression = Parameters<ReferenceTracker['iteratePropertyReferences']>[0];

/** Every subclass of a pool constructor a module declares: classes that extend one, functions that run one on `this`. */
export function localSubclasses(module: JsModule, baseCalls: readonly ModuleReference<PoolReferenceInfo>[]): PoolSubclass[] {
  const found = new Set<PoolSubclass>();
  for (const scope of module.sourceCode.scopeManager?.scopes ?? []) {
    if (scope.type !== 'class') continue;
    const subclass = classSubclass(scope.block as TSESTree.ClassDeclaration | TSESTree.ClassExpression, module);
    if (subclass) found.add(subclass);
  }
  for (const { node } of baseCalls) {
    const fn = thisFunctionOf(node);
    const subclass = fn ? functionSubclass(fn, module) : null;
    if (subclass) found.add(subclass);
  }
  return [...found];
}

/** `new ApiAgent(…)` in the module: through the class's name and its aliases, or through the factory that returns it. */
export function constructionsOf(subclass: PoolSubclass, module: JsModule): TSESTree.NewExpression[] {
  const tracker = new ReferenceTracker(module.globalScope as never, { mode: 'legacy' });
  const info = (subclassNode(subclass)[ReferenceTracker.CONSTRUCT] as TrackedExport).pool!;
  const map = { [ReferenceTracker.CONSTRUCT]: { pool: info } } as unknown as TraceMap<TrackedExport>[string];
  const starts: TSESTree.Node[] = [];
  const binding = bindingOf(subclass.node, module);
  if (binding) starts.push(...binding.references.filter((reference) => reference.isRead()).map((reference) => reference.identifier as TSESTree.Node));
  else starts.push(subclass.node);
  starts.push(...factoryCalls(subclass.node, module));
  const found = new Set<TSESTree.NewExpression>();
  for (const start of starts) {
    for (const reference of tracker.iteratePropertyReferences(start as unknown as Expression, map)) {
      const node = reference.node as unknown as TSESTree.Node;
      if (node.type === 'NewExpression') found.add(node);
    }
  }
  return [...found];
}

/** `function makeAgent() { return class extends https.Agent { … } }`: each call of the factory gives the class. */
function factoryCalls(node: TSESTree.Node, module: JsModule): TSESTree.CallExpression[] {
  const returned = node.parent?.type === 'ReturnStatement' ? node.parent : node.parent?.type === 'ArrowFunctionExpression' && node.parent.body === node ? node.parent : null;
  if (!returned) return [];
  let factory: TSESTree.Node | undefined = returned;
  while (factory && factory.type !== 'FunctionDeclaration' && factory.type !== 'FunctionExpression' && factory.type !== 'ArrowFunctionExpression') factory = factory.parent;
  if (!factory) return [];
  const declaring = factory.type === 'FunctionDeclaration' ? factory : factory.parent?.type === 'VariableDeclarator' ? factory.parent : null;
  const variables = declaring ? module.sourceCode.getDeclaredVariables(declaring) : [];
  return variables.flatMap((variable: Scope.Variable) =>
    variable.references.flatMap((reference) => {
      const call = reference.identifier.parent;
      return call?.type === 'CallExpression' && call.callee === reference.identifier ? [call] : [];
    }),
  );
}

/**
 * The sites of a module's subclasses. Options fixed inside the class are one site at its base call (`super(…)`),
 * standing for every construction. Options that depend on the arguments are a site at each `new Sub(…)` of the
 * module, with those arguments; the base call is then a site only when the module constructs the class nowhere (it
 * is built elsewhere), and it reports only what holds whatever the arguments are. A base call that is itself a
 * construction of a subclass whose options are fixed adds nothing: that subclass's own site stands for it.
 */
export function subclassSites(module: JsModule, subclasses: readonly PoolSubclass[], constructions: ReadonlyMap<PoolSubclass, readonly TSESTree.NewExpression[]>): JsClientSite[] {
  const sites: JsClientSite[] = [];
  const extended = new Set(subclasses.map((subclass) => subclass.base.subclass).filter((base) => base !== undefined));
  for (const subclass of subclasses) {
    const depends = dependsOnArguments(subclass);
    const built = constructions.get(subclass) ?? [];
    if (depends) {
      const info = (subclassNode(subclass)[ReferenceTracker.CONSTRUCT] as TrackedExport).pool!;
      for (const node of built) {
        const scope = module.sourceCode.getScope(node) as Scope.Scope;
        sites.push(toClientSite(node, info, { nodes: node.arguments, place: { scope, bindings: null } }, module));
      }
    }
    const build = subclass.build;
    const baseStandsAlone = !subclass.base.subclass || dependsOnArguments(subclass.base.subclass);
    const constructedHere = built.length > 0 || extended.has(subclass);
    if (build.kind === 'call' && baseStandsAlone && !(depends && constructedHere)) {
      sites.push(toClientSite(build.call, subclass.base, baseArguments(subclass, null), module, subclass));
    }
  }
  return sites;
}
