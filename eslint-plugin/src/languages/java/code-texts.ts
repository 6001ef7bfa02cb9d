import type { JavaClientLibrary } from '../../catalog/java-types';
import type { ImportPlan } from './import-edits';
import type { StrategyNames } from './site-model';

const TIME_VALUE = 'org.apache.hc.core5.util.TimeValue';

/**
 * The capped keep-alive strategy, as the fault lab measured it removes every failure: the server's `Keep-Alive` hint
 * is honoured up to the cap, and the cap applies when the hint is absent, zero or negative (a keep-alive of 0 or
 * less would keep the connection forever, so `Math.min` alone is not enough).
 * @param base the indentation of the line the lambda starts on; the body goes one `unit` deeper.
 */
export function cappedStrategy(library: JavaClientLibrary, capText: string, names: StrategyNames, plan: ImportPlan, base: string, unit: string, eol: string): string {
  const strategy = library.strategy!;
  const defaultStrategy = plan.name(strategy.defaultClass);
  const inner = base + unit;
  const delegate = `${defaultStrategy}.INSTANCE.getKeepAliveDuration(${names.response}, ${names.context})`;
  const capped = `${names.serverMs} > 0 ? Math.min(${names.serverMs}, ${capText}) : ${capText}`;
  const lines =
    strategy.returns === 'milliseconds'
      ? [`long ${names.serverMs} = ${delegate};`, `return ${capped};`]
      : [
          `${plan.name(TIME_VALUE)} ${names.server} = ${delegate};`,
          `long ${names.serverMs} = ${names.server} == null ? -1 : ${names.server}.toMilliseconds();`,
          `return ${plan.name(TIME_VALUE)}.ofMilliseconds(${capped});`,
        ];
  return `(${names.response}, ${names.context}) -> {${eol}${lines.map((line) => `${inner}${line}`).join(eol)}${eol}${base}}`;
}
