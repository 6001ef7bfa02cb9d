/**
 * The plugin's API for editors: every site in a text, its resolved settings with their ranges, and how each
 * value compares with the configured servers and the common servers of the catalogue. Plain JSON-able data.
 */
import type { SourceCode } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import { frontOf } from './languages';
import { parseText } from './languages/js/parse';
import { targetsFor } from './targets';
import { inspectClientSite, type ReportContext } from './inspection/client-report';
import { targetView } from './inspection/comparison-view';
import { discoveredFor, discoveryView } from './inspection/discovered-beside';
import { TextPositions } from './inspection/ranges';
import { inspectServerSite } from './inspection/server-report';
import type { Inspection } from './inspection/types';
import type { Discovery } from './discovery/types';

export type * from './inspection/types';
export type { IdleRelation } from './advice/compare';
export { LINTED_FILES, languageOptionsFor } from './languages/js/language-options';
export { mentionsTrackedName as mayContainSites } from './languages/js/mentions';
/** The cheap check for a Go document: it imports net/http (an editor skips linting the others). */
export { mayImportNetHttp as mayContainGoSites } from './languages/go/prefilter';
export { modulesReadBy } from './languages/js/project-modules';
export { sourceLink } from './inspection/source-link';
export { catalogMarkdown } from './catalog-markdown';
export { hintText, hoverMarkdown, RELATION_MARK, RELATION_WORDS } from './inspection/annotations';
export { discover, discoverNow, discoveryRootOf, fileKindOf, forgetDiscoveries, loadDiscoveryParsers, readConfigFile, useWorkspaceFolders } from './discovery';
export type * from './discovery/types';
export { configAnnotations, type CodeTimeout, type ConfigAnnotation } from './inspection/config-annotations';
export { codeTimeoutsOf } from './inspection/code-timeouts';
export { listCodeFiles } from './discovery/walk';

export interface InspectOptions {
  /** Absolute path of the file: picks the parser, and the nearest package.json's `engines.node`. */
  readonly filename?: string;
  /** ESLint shared settings, as a flat config's `settings`: `{ keepalive: { servers: ['nginx'] } }`. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** Used for `engines.node` when the file name is not absolute. */
  readonly cwd?: string;
  /** Parse JSX in a file whose name does not say so (an editor's `javascriptreact` document). */
  readonly jsx?: boolean;
  /**
   * The discovery of the file's repository (`discover(discoveryRootOf(filename, cwd))`), to show whatever the
   * settings name: the inspection then lists what was found (`discovered`), and each report compares with the
   * discovered servers or balancers the settings do not target. For editors; the rules read it only for `'discovered'`.
   */
  readonly discovery?: Discovery;
}

/** Parses `text` and inspects it. A text that does not parse gives no sites and a `parseError`. */
export function inspect(text: string, options: InspectOptions = {}): Inspection {
  const cwd = options.cwd ?? process.cwd();
  const filename = options.filename ?? `${cwd}/file.js`;
  const parsed = parseText(text, filename, { jsx: options.jsx });
  if (!parsed.sourceCode) {
    const targets = targetsFor(options.settings, filename, cwd);
    return { sites: [], targets: targetsView(targets), problems: targets.problems, parseError: parsed.parseError };
  }
  return inspectSourceCode(parsed.sourceCode, { ...options, filename, cwd });
}

/**
 * Inspects an already parsed file, e.g. the `SourceCode` a Linter just verified: the module-tracking pass
 * the rules made for it is reused, not repeated. A declaration file has no sites, as the rules see it.
 */
export function inspectSourceCode(sourceCode: SourceCode | Readonly<TSESLint.SourceCode>, options: InspectOptions = {}): Inspection {
  const cwd = options.cwd ?? process.cwd();
  const filename = options.filename ?? `${cwd}/file.js`;
  const targets = targetsFor(options.settings, filename, cwd);
  const front = frontOf(sourceCode);
  const found = front.sites(sourceCode, filename);
  const discovery = options.discovery ? discoveredFor(options.discovery, targets) : null;
  const context: ReportContext = {
    targets,
    writer: front.writer(sourceCode),
    positions: new TextPositions((sourceCode as { text: string }).text),
    ...(discovery ? { discovered: discovery.beside } : {}),
  };
  const clients = [...found.clients, ...(found.implicitClients ?? [])];
  const sites = [...clients.map((site) => inspectClientSite(site, context)), ...found.servers.map((site) => inspectServerSite(site, context))].sort(
    (a, b) => a.range.start.offset - b.range.start.offset,
  );
  return { sites, targets: targetsView(targets), problems: targets.problems, parseError: null, ...(discovery ? { discovered: discoveryView(discovery.found) } : {}) };
}

function targetsView(targets: ReturnType<typeof targetsFor>): Inspection['targets'] {
  return {
    servers: targets.servers.map(targetView),
    frontedBy: targets.frontedBy.map(targetView),
    marginMs: targets.marginMs,
    node: targets.node,
  };
}
