import {
  codeTimeoutsOf,
  configAnnotations,
  loadDiscoveryParsers,
  readConfigFile,
  type ConfigAnnotation,
  type DiscoveredTimeout,
  type InspectedSite,
} from 'eslint-plugin-keepalive/inspect';
import { MarkupKind, type Hover, type InlayHint, type Range, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { configDocumentOf, type ConfigDocument } from './config-documents';
import { UNTITLED_FILE_NAMES } from '../shared/protocol';
import type { SettingsResolver } from './document-settings';
import type { WorkspaceCode } from './workspace-code';

/** Larger config files are generated, not written by hand: discovery does not read them either. */
const MAX_CONFIG_CHARS = 1_000_000;

/**
 * Inlay hints and hovers of config documents (nginx.conf, *.tf, Kubernetes YAML…): each idle timeout discovery reads
 * in the text as the editor holds it, against the pools and servers of the repository's code
 * (`15 s · 2 pools in this repo keep idle 60 s ✗`, the hover listing them with links). Config documents are never
 * linted: they get no diagnostics.
 */
export class ConfigHints {
  /** What each open code document last held, to tell which lints change the config documents' hints. */
  private readonly codeSeen = new Map<string, string>();

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly code: WorkspaceCode,
    private readonly settings: SettingsResolver,
    private readonly cwd: () => string,
  ) {}

  /**
   * Whether the document is a config file discovery reads (then it is this class's, not the linter's). A document the
   * editor shows in a linted language is code, whatever its name (`Dockerfile.js`).
   */
  isConfig(document: TextDocument): boolean {
    return !(document.languageId in UNTITLED_FILE_NAMES) && configDocumentOf(document.uri, this.cwd()) !== null;
  }

  /** Whether any config document is open (only then is a change of the code worth a refresh of hints). */
  anyOpen(): boolean {
    return this.documents.all().some((document) => this.isConfig(document));
  }

  /** An open code document was linted: true when its pools or servers changed while a config document is open. */
  codeChanged(uri: string, sites: readonly InspectedSite[]): boolean {
    const seen = JSON.stringify(codeTimeoutsOf(sites, ''));
    if (this.codeSeen.get(uri) === seen) return false;
    this.codeSeen.set(uri, seen);
    return this.anyOpen();
  }

  forget(uri: string): void {
    this.codeSeen.delete(uri);
  }

  async inlayHints(uri: string, range: Range): Promise<InlayHint[]> {
    const annotated = await this.annotate(uri, true);
    if (!annotated) return [];
    const { document, annotations } = annotated;
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    return annotations
      .filter(({ range: { end } }) => end.offset >= from && end.offset <= to)
      .map((annotation) => ({ position: document.positionAt(annotation.range.end.offset), label: annotation.hint, paddingLeft: true }));
  }

  async hover(uri: string, offset: number): Promise<Hover | null> {
    const annotated = await this.annotate(uri, false);
    const found = annotated?.annotations.find(({ range: { start, end } }) => offset >= start.offset && offset <= end.offset);
    if (!annotated || !found) return null;
    const { document } = annotated;
    return {
      contents: { kind: MarkupKind.Markdown, value: found.hover },
      range: { start: document.positionAt(found.range.start.offset), end: document.positionAt(found.range.end.offset) },
    };
  }

  /** The annotations of the document's current text, or null when it is closed, not a config file, or switched off. */
  private async annotate(uri: string, forHints: boolean): Promise<{ document: TextDocument; annotations: ConfigAnnotation[] } | null> {
    const config = configDocumentOf(uri, this.cwd());
    const editor = await this.settings.editorFor(uri);
    if (!config || !editor.enable || (forHints && !editor.inlayHints)) return null;
    // A file that sets no idle timeout (most YAML files) costs no look at the repository's code.
    if (!(await this.timeoutsIn(uri, config))?.timeouts.length) return null;
    const code = await this.code.timeoutsUnder(config.root);
    // Read again after the awaits: the text may have changed meanwhile.
    const read = await this.timeoutsIn(uri, config);
    if (!read) return null;
    const margin = editor.keepalive['marginMs'];
    return { document: read.document, annotations: configAnnotations(read.timeouts, code, typeof margin === 'number' ? margin : undefined) };
  }

  /** The idle timeouts in the document's text as it is when this resolves (Terraform waits for its grammar once). */
  private async timeoutsIn(uri: string, config: ConfigDocument): Promise<{ document: TextDocument; timeouts: readonly DiscoveredTimeout[] } | null> {
    const read = () => {
      const document = this.documents.get(uri);
      if (!document || document.getText().length > MAX_CONFIG_CHARS) return null;
      const reading = readConfigFile(config.file, config.kind, document.getText());
      return reading.kind === 'read' ? { document, timeouts: reading.timeouts } : 'pending';
    };
    const first = read();
    if (first !== 'pending') return first;
    await loadDiscoveryParsers();
    const second = read();
    return second === 'pending' ? null : second;
  }
}
