import { isMap, isScalar, isSeq, parseAllDocuments, type Node, type Pair } from 'yaml';
import type { TextRange } from '../sites';

/** A value in a YAML document with where it is written. */
export interface YamlValue {
  readonly node: Node;
  /** The key and its value, `idle_timeout: 60s`, for a mapping entry; else the value itself. */
  readonly range: TextRange;
  /** The key alone, for a mapping entry; else the value's range. */
  readonly keyRange: TextRange;
}

/** The documents of a (possibly multi-document) YAML text; throws the first syntax error with its offset. */
export function yamlDocuments(text: string): Node[] {
  const documents = parseAllDocuments(text);
  const list = Array.isArray(documents) ? documents : [];
  for (const document of list) {
    const error = document.errors[0];
    if (error) throw Object.assign(new Error(error.message.split('\n')[0]), { offset: error.pos[0] });
  }
  return list.flatMap((document) => (document.contents ? [document.contents as Node] : []));
}

/** The entry `key` of a mapping, or undefined. */
export function entry(node: Node | undefined, key: string): YamlValue | undefined {
  if (!node || !isMap(node)) return undefined;
  const pair = (node.items as Pair<Node, Node>[]).find((item) => isScalar(item.key) && String(item.key.value) === key);
  if (!pair || !pair.value) return undefined;
  return valueOf(pair);
}

/** Walks `path` through nested mappings. */
export function at(node: Node | undefined, path: readonly string[]): YamlValue | undefined {
  let current: YamlValue | undefined = node ? { node, range: [node.range![0], node.range![1]], keyRange: [node.range![0], node.range![1]] } : undefined;
  for (const key of path) current = entry(current?.node, key);
  return current;
}

/** Every key → value of a mapping. */
export function entries(node: Node | undefined): Array<[string, YamlValue]> {
  if (!node || !isMap(node)) return [];
  return (node.items as Pair<Node, Node>[]).flatMap((pair) => (isScalar(pair.key) && pair.value ? [[String(pair.key.value), valueOf(pair)] as [string, YamlValue]] : []));
}

function valueOf(pair: Pair<Node, Node>): YamlValue {
  const key = pair.key.range!;
  return { node: pair.value!, range: [key[0], pair.value!.range![1]], keyRange: [key[0], key[1]] };
}

/** The items of a sequence. */
export function items(node: Node | undefined): Node[] {
  return node && isSeq(node) ? (node.items as Node[]) : [];
}

/** A scalar's value (string, number, boolean), else undefined. */
export function scalar(node: Node | undefined): unknown {
  return node && isScalar(node) ? node.value : undefined;
}

/** Every leaf of nested mappings with its dotted path (`server.tomcat.keep-alive-timeout`), for property-style YAML. */
export function leaves(node: Node | undefined, prefix = ''): Array<[string, YamlValue]> {
  return entries(node).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return isMap(value.node) ? leaves(value.node, path) : [[path, value] as [string, YamlValue]];
  });
}

/** The text as written between the range's ends, on one line. */
export function written(text: string, range: TextRange): string {
  return text.slice(range[0], range[1]).replace(/\s+/g, ' ').trim();
}
