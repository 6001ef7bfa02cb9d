import type { Node } from 'web-tree-sitter';
import { javaClientLibraries } from '../../catalog/java-clients';
import { javaServerProducts } from '../../catalog/java-servers';
import { NodesAroundWords } from '../tree-sitter/nodes-by-type';
import type { TreeSitterSourceCode } from '../tree-sitter/source-code';
import { apacheSites } from './apache-sites';
import { openJavaFile } from './java-file';
import { jdkSites } from './jdk-sites';
import { jettySites } from './jetty-sites';
import { mentionsTrackedPackage } from './mentions';
import { okhttpSites } from './okhttp-sites';
import { closedByItsCall, poolUsesOf } from './pool-uses';
import { reactorSites } from './reactor-sites';
import { serverSites } from './server-sites';
import type { FileWriting, JavaSites } from './site-model';
import { TYPE_DECLARATION_LIST } from './syntax';
import { fileWriting } from './writing';

/** One search per parsed file, shared by every rule and the editor: plain data, no node kept. */
const cache = new WeakMap<object, JavaSites>();

const NO_WRITING: FileWriting = { importState: new Map(), imports: [], headerEnd: 0, hasPackage: false, eol: '\n', indentUnit: '    ' };
const NO_SITES: JavaSites = Object.freeze({ clients: [], servers: [], protocolKeyed: [], poolUses: () => [], writing: NO_WRITING });

export function javaSites(sourceCode: TreeSitterSourceCode, filename: string): JavaSites {
  let sites = cache.get(sourceCode);
  if (!sites) {
    sites = mentionsTrackedPackage(sourceCode.text) ? findSites(sourceCode.text, sourceCode.ast, filename) : NO_SITES;
    cache.set(sourceCode, sites);
  }
  return sites;
}

/**
 * The words a site is found from: each construction's factory method, or the simple name of the class it creates,
 * as the catalogue lists them; the setter of the JDK's keep-alive property; and the keywords of type declarations,
 * since the import table needs every class the file declares.
 */
const SEARCHED_WORDS = new RegExp(
  `\\b(?:${[
    ...new Set([
      ...[...javaClientLibraries, ...javaServerProducts].flatMap((entry) => entry.constructions.map((construction) => construction.method ?? construction.className.slice(construction.className.lastIndexOf('.') + 1))),
      'setProperty',
      'class',
      'interface',
      'enum',
      'record',
    ]),
  ].join('|')})\\b`,
  'g',
);

/** The search itself, on a text and its tree. */
export function findSites(text: string, root: Node, filename: string): JavaSites {
  // Every call, construction and declaration a finder can match encloses one of the words.
  const nodes = new NodesAroundWords(root, text, SEARCHED_WORDS, ['method_invocation', 'object_creation_expression', ...TYPE_DECLARATION_LIST]);
  const file = openJavaFile(text, root, filename, process.cwd(), TYPE_DECLARATION_LIST.flatMap((type) => nodes.of(type)));
  const invocations = nodes.of('method_invocation');
  const creations = nodes.of('object_creation_expression');
  const clients = [
    ...apacheSites(file, invocations),
    ...okhttpSites(file, creations),
    ...jdkSites(file, invocations),
    ...reactorSites(file, invocations),
    ...jettySites(file, creations),
  ]
    .sort((a, b) => a.range[0] - b.range[0])
    .map((site) => (closedByItsCall(root, site) ? { ...site, settings: { ...site.settings, keepAlive: { source: 'unknown' as const } } } : site));
  const poolUses = poolUsesOf(root, clients);
  return {
    clients,
    servers: serverSites(file, invocations, creations),
    protocolKeyed: [],
    poolUses: () => poolUses,
    writing: fileWriting(text, root, file.imports),
  };
}

/** How the file is laid out for a suggestion: from its search (made first by every rule and by `inspect`). */
export function writingOf(sourceCode: TreeSitterSourceCode): FileWriting {
  return javaSites(sourceCode, '<text>').writing;
}
