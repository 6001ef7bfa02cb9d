import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/**
 * Suggestion edits on one property the user wrote. Both return `null` when the edit cannot be made without
 * guessing (a computed key), so the caller offers no suggestion.
 */

/** `idleTimeout: 5000` → `keepAliveTimeout: 5000`; `{ idleTimeout }` → `{ keepAliveTimeout: idleTimeout }`; quotes kept. */
export function renameProperty(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  property: TSESTree.Property,
  name: string,
): TSESLint.RuleFix | null {
  if (property.computed) return null;
  if (property.shorthand) return fixer.replaceText(property, `${name}: ${sourceCode.getText(property.value)}`);
  const key = property.key;
  if (key.type === 'Literal' && typeof key.value === 'string') {
    const quote = sourceCode.getText(key)[0] ?? "'";
    return fixer.replaceText(key, `${quote}${name}${quote}`);
  }
  return key.type === 'Identifier' ? fixer.replaceText(key, name) : null;
}

/** `agent: pool` → `agent: { https: pool }`, also from the shorthand `{ agent }`. */
export function nestPropertyValue(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  property: TSESTree.Property,
  innerKey: string,
): TSESLint.RuleFix | null {
  if (property.computed || property.kind !== 'init' || property.method) return null;
  const value = sourceCode.getText(property.value);
  if (property.shorthand) return fixer.replaceText(property, `${value}: { ${innerKey}: ${value} }`);
  return fixer.replaceText(property.value, `{ ${innerKey}: ${value} }`);
}
