import type { ClientSite, ExplicitSetting, ServerSite, SuggestionWriter, TextEdit, TimeoutWrite } from '../../sites';
import type { TreeSitterSourceCode } from '../tree-sitter/source-code';
import type { GoClientSite, OwnTransport } from './client-sites';
import { goDuration } from './durations';
import { addElement, replaceValues, setField } from './field-edits';
import type { GoServerSite } from './server-sites';
import { goSites } from './sites';

/**
 * Suggestions in a Go file, in Go's idiom: `IdleConnTimeout: 4 * time.Second,` in the literal (aligned as gofmt
 * aligns it), `srv.IdleTimeout = 65 * time.Second` where the code assigns fields, a written value replaced in place,
 * and `time` imported when the file does not import it. Reads the file's text and its sites only, never its tree.
 */
export function goWriter(sourceCode: TreeSitterSourceCode): SuggestionWriter {
  const text = sourceCode.text;
  const { time } = goSites(sourceCode);
  const timeName = time.name ?? 'time';
  /** The edits plus the import of `time`, when a value written uses it and the file does not import it. */
  const withImport = (edits: TextEdit[] | null, valueText: string): TextEdit[] | null => {
    if (!edits) return null;
    if (time.name !== null || !time.addImport || !valueText.includes(`${timeName}.`)) return edits;
    return [time.addImport, ...edits];
  };
  return {
    milliseconds: (ms: number, replacing?: ExplicitSetting) => goDuration(ms, timeName, replacing?.text),
    setClientOption(site: ClientSite, option: string, valueText: string) {
      const go = site as GoClientSite;
      const written = go.writtenValues.get(option) ?? [];
      if (written.length > 0) return withImport(replaceValues(written, valueText), valueText);
      if (go.fields) return withImport(setField(go.fields, option, valueText, text), valueText);
      if (go.ownTransport) return withImport(ownTransport(go.ownTransport, option, valueText, text), valueText);
      return null;
    },
    replaceValue: (setting: ExplicitSetting, valueText: string) => withImport([{ range: setting.valueRange, text: valueText }], valueText)!,
    renameOption: () => null,
    keyByProtocol: () => null,
    setServerTimeouts(site: ServerSite, writes: readonly TimeoutWrite[]) {
      const go = site as GoServerSite;
      // Only the idle timeout is written in Go: the other concepts are the timeouts it falls back to.
      if (writes.some((each) => each.concept !== 'keepAliveTimeoutMs') || writes.length === 0) return null;
      const valueText = writes[0]!.valueText;
      const field = site.framework.idleSetting;
      const written = go.writtenValues.get(field) ?? [];
      const edits = written.length > 0 ? replaceValues(written, valueText) : go.fields ? setField(go.fields, field, valueText, text) : null;
      const withTime = withImport(edits, valueText);
      return withTime ? { bindAs: null, edits: withTime } : null;
    },
  };
}

/**
 * An `http.Client` on DefaultTransport gets its own clone of it, with the field set, kept in a new variable:
 * statements before the client's (in a function), or a package-level variable built by a function literal.
 */
function ownTransport(own: OwnTransport, option: string, valueText: string, text: string): TextEdit[] | null {
  if (!own.client) return null;
  const name = freeName(own.clientName ? `${own.clientName}Transport` : 'transport', text);
  const clone = `${own.http}.DefaultTransport.(*${own.http}.Transport).Clone()`;
  const setup = own.packageLevel
    ? `var ${name} = func() *${own.http}.Transport {\n\tt := ${clone}\n\tt.${option} = ${valueText}\n\treturn t\n}()\n\n`
    : `${own.indent}${name} := ${clone}\n${own.indent}${name}.${option} = ${valueText}\n`;
  const element = addElement(own.client, 'Transport', name, text);
  return element ? [{ range: [own.at, own.at], text: setup }, ...element] : null;
}

/** `base`, or `base2`, `base3`, … : the first name the file does not use anywhere. */
function freeName(base: string, text: string): string {
  for (let suffix = 1; ; suffix++) {
    const name = suffix === 1 ? base : `${base}${suffix}`;
    if (!new RegExp(`\\b${name}\\b`).test(text)) return name;
  }
}
