import type { Node } from 'web-tree-sitter';
import { annotationName, annotationsOf } from './syntax';

/** Methods the framework or the JVM calls once: a pool built there is the application's pool. */
const ONCE_ANNOTATIONS: ReadonlySet<string> = new Set(['Bean', 'PostConstruct', 'Produces', 'Provides', 'Singleton', 'BeforeAll', 'BeforeClass', 'Setup']);

const LOOPS: ReadonlySet<string> = new Set(['for_statement', 'enhanced_for_statement', 'while_statement', 'do_statement']);

/**
 * How often the code at a node runs: once (a field initializer, a static or instance initializer, a constructor,
 * `main`, a `@Bean` or `@PostConstruct` method), on every call of the method around it, or on every iteration of a
 * loop in that method.
 */
export function repetition(node: Node): { readonly repeats: 'once' | 'call' | 'iteration'; readonly functionName: string | null } {
  let inLoop = false;
  let current = node.parent;
  while (current) {
    if (LOOPS.has(current.type)) inLoop = true;
    if (current.type === 'method_declaration') {
      const name = current.childForFieldName('name')?.text ?? null;
      const once = name === 'main' || annotationsOf(current).some((annotation) => ONCE_ANNOTATIONS.has(annotationName(annotation)));
      if (once) return { repeats: inLoop ? 'iteration' : 'once', functionName: name };
      return { repeats: inLoop ? 'iteration' : 'call', functionName: name };
    }
    if (current.type === 'constructor_declaration' || current.type === 'static_initializer' || current.type === 'field_declaration') {
      return { repeats: inLoop ? 'iteration' : 'once', functionName: null };
    }
    if (current.type === 'class_body' && current.parent?.type !== 'object_creation_expression') return { repeats: 'once', functionName: null };
    current = current.parent;
  }
  return { repeats: 'once', functionName: null };
}

export function runsOnce(node: Node): boolean {
  return repetition(node).repeats === 'once';
}
