import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ClientSite, Setting } from '../sites';

/** How messages name a construction: `` `new http.Agent()` ``. */
export function constructionLabel(site: ClientSite): string {
  return `\`new ${site.label}()\``;
}

/** A finding about one setting points at the property the user wrote, else at the construction that relies on a default. */
export function nodeForSetting(site: ClientSite, setting: Setting): TSESTree.Node {
  return setting.source === 'explicit' ? setting.property : site.node;
}

/** The source text a suggestion replaces, so a literal keeps its form (`80e3` → `74e3`). */
export function writtenText(sourceCode: Readonly<TSESLint.SourceCode>, setting: Setting): string | undefined {
  return setting.source === 'explicit' ? sourceCode.getText(setting.valueNode) : undefined;
}

/**
 * A filter that lets each (node, message) pair through once: an options object shared by several
 * constructions would otherwise repeat the same finding on the same property.
 */
export function oncePerNode(): (node: TSESTree.Node, messageId: string) => boolean {
  const seen = new Map<TSESTree.Node, Set<string>>();
  return (node, messageId) => {
    let ids = seen.get(node);
    if (!ids) seen.set(node, (ids = new Set()));
    if (ids.has(messageId)) return false;
    ids.add(messageId);
    return true;
  };
}
