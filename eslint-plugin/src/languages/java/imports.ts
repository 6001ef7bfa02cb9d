import type { Node } from 'web-tree-sitter';
import { TYPE_DECLARATIONS } from './syntax';

/**
 * Which class a simple name means in one file, as javac decides it: a type the file declares, a single-type
 * import, the file's own package, an on-demand (`.*`) import, `java.lang`. Only classes the site finder knows are
 * resolved through packages it cannot list (an on-demand import names no class): a `ConnectionPool` imported from
 * Jedis is `redis.clients.jedis.ConnectionPool`, never OkHttp's. Holds strings only, never nodes.
 */
export class ImportTable {
  readonly #single = new Map<string, string>();
  readonly #onDemand: string[] = [];
  readonly #staticSingle = new Map<string, string>();
  readonly #staticOnDemand: string[] = [];
  readonly #declared = new Set<string>();
  /** Every imported class and package, to tell whether a class still needs an import. */
  readonly importedNames: ReadonlySet<string>;
  readonly packageName: string;

  /** `typeDeclarations`: the file's class, interface, enum and record declarations, when the caller has them. */
  constructor(root: Node, private readonly known: ReadonlySet<string>, typeDeclarations: readonly Node[] = root.descendantsOfType([...TYPE_DECLARATIONS])) {
    let packageName = '';
    const imported = new Set<string>();
    for (const child of root.namedChildren) {
      if (!child) continue;
      if (child.type === 'package_declaration') {
        packageName = child.namedChildren.find((part) => part?.type === 'scoped_identifier' || part?.type === 'identifier')?.text ?? '';
      } else if (child.type === 'import_declaration') {
        this.#addImport(child, imported);
      }
    }
    for (const declared of typeDeclarations) {
      const name = declared?.childForFieldName('name')?.text;
      if (name) this.#declared.add(name);
    }
    this.packageName = packageName;
    this.importedNames = imported;
  }

  #addImport(declaration: Node, imported: Set<string>): void {
    const isStatic = declaration.children.some((child) => child?.type === 'static');
    const onDemand = declaration.children.some((child) => child?.type === 'asterisk');
    const name = declaration.namedChildren.find((child) => child?.type === 'scoped_identifier' || child?.type === 'identifier')?.text.replace(/\s+/g, '');
    if (!name) return;
    imported.add(onDemand ? `${name}.*` : name);
    if (isStatic) {
      if (onDemand) this.#staticOnDemand.push(name);
      else this.#staticSingle.set(name.slice(name.lastIndexOf('.') + 1), name);
    } else if (onDemand) {
      this.#onDemand.push(name);
    } else {
      this.#single.set(name.slice(name.lastIndexOf('.') + 1), name);
    }
  }

  /** The fully qualified name a simple class name means here; `null` when it is not a class the finder knows. */
  resolve(simpleName: string): string | null {
    if (this.#declared.has(simpleName)) return null;
    const single = this.#single.get(simpleName);
    if (single) return single;
    const samePackage = this.packageName ? `${this.packageName}.${simpleName}` : simpleName;
    if (this.known.has(samePackage)) return samePackage;
    const candidates = this.#onDemand.map((prefix) => `${prefix}.${simpleName}`).filter((name) => this.known.has(name));
    if (candidates.length === 1) return candidates[0]!;
    if (candidates.length > 1) return null;
    return JAVA_LANG.has(simpleName) ? `java.lang.${simpleName}` : null;
  }

  /** The class a type or receiver expression names (`HttpClients`, `OkHttpClient.Builder`, a fully qualified name). */
  classOf(node: Node): string | null {
    const dotted = dottedName(node);
    if (dotted === null) return null;
    const [first, ...rest] = dotted.split('.');
    const head = this.resolve(first!);
    if (head) return [head, ...rest].join('.');
    return rest.length > 0 && this.known.has(dotted) ? dotted : null;
  }

  /** The member a statically imported simple name means (`SECONDS` → `java.util.concurrent.TimeUnit.SECONDS`). */
  staticMember(simpleName: string, ofClass: string): string | null {
    const single = this.#staticSingle.get(simpleName);
    if (single) return single.startsWith(`${ofClass}.`) ? single : null;
    return this.#staticOnDemand.includes(ofClass) ? `${ofClass}.${simpleName}` : null;
  }

  /** Whether a class can be written by its simple name here without a new import (or with one that clashes with nothing). */
  importState(className: string): 'visible' | 'needs-import' | 'clashes' {
    const simple = className.slice(className.lastIndexOf('.') + 1);
    const resolved = this.resolve(simple);
    if (resolved === className) return 'visible';
    const pkg = className.slice(0, className.lastIndexOf('.'));
    if (this.#onDemand.includes(pkg) || this.packageName === pkg) return 'visible';
    if (this.#declared.has(simple) || this.#single.has(simple) || (resolved !== null && resolved !== className)) return 'clashes';
    return 'needs-import';
  }
}

const JAVA_LANG: ReadonlySet<string> = new Set(['System', 'Math', 'Thread', 'Long', 'Integer', 'String']);

/** `a.b.C` for an identifier, a field access, a (scoped) type identifier or a generic type; `null` for anything else. */
export function dottedName(node: Node): string | null {
  switch (node.type) {
    case 'identifier':
    case 'type_identifier':
      return node.text;
    case 'scoped_identifier':
    case 'scoped_type_identifier':
    case 'field_access':
      return /^[\w$]+(?:\s*\.\s*[\w$]+)*$/.test(node.text) ? node.text.replace(/\s+/g, '') : null;
    case 'generic_type': {
      const base = node.namedChildren.find((child) => child?.type === 'type_identifier' || child?.type === 'scoped_type_identifier');
      return base ? dottedName(base) : null;
    }
    default:
      return null;
  }
}
