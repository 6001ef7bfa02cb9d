import { detectNumberStyle, formatMsLiteral } from '../../advice/format';
import { JDK_POOL_SWEEP } from '../../catalog/java-clients';
import type { ClientSite, ExplicitSetting, ServerSite, SuggestionWriter, TextEdit, TimeoutWrite } from '../../sites';
import type { TreeSitterSourceCode } from '../tree-sitter/source-code';
import { cappedStrategy } from './code-texts';
import { ImportPlan } from './import-edits';
import type { FileWriting, IdleFix, JavaClientSite, JavaServerSite, ServerFix } from './site-model';
import { writingOf } from './sites';

const TIME_UNIT = 'java.util.concurrent.TimeUnit';
const DURATION = 'java.time.Duration';

/**
 * Suggestions in a Java file: number literals in the file's style (`4000`, `4_000`), the file's indentation and line
 * ends, and an import for each class the edit names that the file does not import yet. Each edit follows the plan the
 * site finder made while the tree was there.
 */
export function javaWriter(sourceCode: TreeSitterSourceCode): SuggestionWriter {
  const style = detectNumberStyle(sourceCode.text);
  let writing: FileWriting | undefined;
  const layout = () => (writing ??= writingOf(sourceCode));
  return {
    milliseconds: (ms: number) => formatMsLiteral(Math.round(ms), style),
    setClientOption(site: ClientSite, _option: string, valueText: string): TextEdit[] | null {
      const { fix } = site as JavaClientSite;
      return fix ? clientEdits(site as JavaClientSite, fix, valueText, layout()) : null;
    },
    replaceValue: (setting: ExplicitSetting, valueText: string): TextEdit[] => [{ range: setting.valueRange, text: valueText }],
    renameOption: () => null,
    keyByProtocol: () => null,
    setServerTimeouts(site: ServerSite, writes: readonly TimeoutWrite[]) {
      const { fix } = site as JavaServerSite;
      // Java servers have no headers timer to move with the idle timeout.
      if (!fix || writes.length !== 1 || writes[0]!.concept !== 'keepAliveTimeoutMs') return null;
      const edits = serverEdits(fix, writes[0]!.valueText, layout());
      return edits ? { bindAs: null, edits } : null;
    },
  };
}

function clientEdits(site: JavaClientSite, fix: IdleFix, valueText: string, writing: FileWriting): TextEdit[] | null {
  const plan = new ImportPlan(writing);
  const { eol } = writing;
  const edits: TextEdit[] = [];
  const millis = () => `${plan.name(TIME_UNIT)}.MILLISECONDS`;
  switch (fix.kind) {
    case 'insert-strategy':
      edits.push({ range: [fix.where.at, fix.where.at], text: `${fix.where.lead}.setKeepAliveStrategy(${cappedStrategy(site.library, valueText, fix.names, plan, fix.where.indent, writing.indentUnit, eol)})` });
      break;
    case 'replace-strategy':
      edits.push({ range: fix.range, text: cappedStrategy(site.library, valueText, fix.names, plan, fix.indent, writing.indentUnit, eol) });
      break;
    case 'builder-instead':
      edits.push({ range: fix.range, text: `${fix.call}.setKeepAliveStrategy(${cappedStrategy(site.library, valueText, fix.names, plan, fix.indent, writing.indentUnit, eol)}).build()` });
      break;
    case 'pool-duration':
      edits.push({ range: fix.range, text: `${fix.withCount ? '5, ' : ''}${valueText}, ${millis()}` });
      break;
    case 'insert-pool':
      edits.push({ range: [fix.where.at, fix.where.at], text: `${fix.where.lead}.connectionPool(new ${plan.name('okhttp3.ConnectionPool')}(5, ${valueText}, ${millis()}))` });
      break;
    case 'client-with-pool':
      edits.push({
        range: fix.range,
        text: `new ${plan.name('okhttp3.OkHttpClient', 'Builder')}().connectionPool(new ${plan.name('okhttp3.ConnectionPool')}(5, ${valueText}, ${millis()})).build()`,
      });
      break;
    case 'insert-max-idle':
      edits.push({ range: [fix.where.at, fix.where.at], text: `${fix.where.lead}.maxIdleTime(${plan.name(DURATION)}.ofMillis(${valueText}))` });
      break;
    case 'provider-with-max-idle': {
      // The global pool HttpClient.create() uses holds up to 500 connections (HttpResources): kept.
      const provider = `${plan.name('reactor.netty.resources.ConnectionProvider')}.builder("http").maxConnections(500).maxIdleTime(${plan.name(DURATION)}.ofMillis(${valueText})).build()`;
      edits.push({ range: fix.range, text: `${fix.receiver}.create(${provider})` });
      break;
    }
    case 'replace-argument':
      edits.push({ range: fix.range, text: fix.as === 'Duration' ? `${plan.name(DURATION)}.ofMillis(${valueText})` : valueText });
      break;
    case 'insert-statement':
      edits.push({ range: [fix.at, fix.at], text: `${eol}${fix.indent}${fix.receiver}.${fix.method}(${valueText});` });
      break;
    case 'property-seconds': {
      const seconds = Math.floor(Number(valueText.replace(/_/g, '')) / 1000);
      // Below the pool's sweep the property cannot shorten anything (JDK_POOL_SWEEP): no suggestion.
      if (!(seconds >= 1) || seconds * 1000 < JDK_POOL_SWEEP.ms) return null;
      edits.push({ range: fix.range, text: `"${seconds}"` });
      break;
    }
  }
  return [...plan.edits(), ...edits];
}

function serverEdits(fix: ServerFix, valueText: string, writing: FileWriting): TextEdit[] | null {
  const plan = new ImportPlan(writing);
  const digits = valueText.replace(/_/g, '');
  const edits: TextEdit[] = [];
  switch (fix.kind) {
    case 'undertow':
      // A written timer already above the new value stays as it is.
      for (const { range, ms } of fix.replace) if (ms === undefined || ms < Number(digits)) edits.push({ range, text: valueText });
      if (fix.insert) edits.push({ range: [fix.insert.at, fix.insert.at], text: `${fix.insert.lead}.setServerOption(${plan.name('io.undertow.UndertowOptions')}.NO_REQUEST_TIMEOUT, ${valueText})` });
      break;
    case 'vertx': {
      const millis = `${plan.name(TIME_UNIT)}.MILLISECONDS`;
      if (fix.value) edits.push({ range: fix.value, text: valueText });
      if (fix.unit) edits.push({ range: fix.unit, text: millis });
      if (fix.afterValue !== null) edits.push({ range: [fix.afterValue, fix.afterValue], text: `.setIdleTimeoutUnit(${millis})` });
      if (fix.insert) edits.push({ range: [fix.insert.at, fix.insert.at], text: `${fix.insert.lead}.setIdleTimeout(${valueText}).setIdleTimeoutUnit(${millis})` });
      break;
    }
    case 'setter':
      if (fix.value) edits.push({ range: fix.value.range, text: fix.value.asString ? `"${digits}"` : valueText });
      else if (fix.statement) {
        const { at, before, indent, receiver, text } = fix.statement;
        const statement = text === 'tomcat' ? `${receiver}.getConnector().setProperty("keepAliveTimeout", "${digits}");` : `${receiver}.setIdleTimeout(${valueText});`;
        edits.push({ range: [at, at], text: before ? `${statement}${writing.eol}${indent}` : `${writing.eol}${indent}${statement}` });
      }
      break;
  }
  return edits.length > 0 ? [...plan.edits(), ...edits] : null;
}
