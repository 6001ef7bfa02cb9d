import type { Node } from 'web-tree-sitter';
import type { JavaConnectionManager } from '../../catalog/java-types';
import type { TextRange } from '../../sites';
import { callBound, UNSEEN, type Candidate } from './bounds';
import { followVariable } from './chains';
import type { JavaFile } from './java-file';
import { annotationName, annotationsOf, argumentsOf, linkRange, methodName, receiverOf, same } from './syntax';

/**
 * Threads the code runs to close a manager's idle connections (`cm.closeIdleConnections(n, unit)` every `p`): a
 * connection can stay idle up to `n + p`. A sweeper that only calls `closeExpiredConnections()` bounds nothing by
 * itself. A sweep whose period cannot be seen leaves the idle time unknown.
 */
export function findSweepers(
  file: JavaFile,
  declarator: Node,
  scope: 'local' | 'field',
  entry: JavaConnectionManager,
): { bounds: Candidate[]; expiredOnly: { option: string; range: TextRange } | null } {
  const calls = followVariable(declarator, scope, null).calls.filter((call) => {
    const name = methodName(call);
    return name === entry.closeIdle || name === entry.closeExpired;
  });
  const bounds: Candidate[] = [];
  let expired: Node | null = null;
  for (const call of calls) {
    if (methodName(call) === entry.closeExpired) {
      expired ??= call;
      continue;
    }
    const args = argumentsOf(call);
    const idleMs = args.length === 1 ? file.values.durationMs(args[0]!) : args.length === 2 ? file.values.pairMs(args[0]!, args[1]!) : undefined;
    const periodMs = sweepPeriod(file, call);
    if (idleMs === undefined || periodMs === undefined) {
      bounds.push(UNSEEN);
      continue;
    }
    bounds.push(callBound(call, Math.max(idleMs, 0) + periodMs, file.text, { kind: 'evictor', idleMs: Math.max(idleMs, 0), sleepMs: periodMs }));
  }
  const expiredOnly = expired && bounds.length === 0 ? { option: entry.closeExpired, range: linkRange(expired) } : null;
  return { bounds, expiredOnly };
}

/** How often the code around a sweep call runs it, in ms. */
function sweepPeriod(file: JavaFile, call: Node): number | undefined {
  let current: Node | null = call.parent;
  while (current) {
    if (current.type === 'lambda_expression' || (current.type === 'class_body' && current.parent?.type === 'object_creation_expression')) {
      const task = current.type === 'lambda_expression' ? current : current.parent!;
      const scheduled = scheduledBy(file, task);
      if (scheduled !== null) return scheduled;
    }
    if (current.type === 'while_statement' || current.type === 'do_statement' || current.type === 'for_statement') {
      const sleep = sleepIn(file, current);
      if (sleep !== null) return sleep;
    }
    if (current.type === 'method_declaration') {
      const fixed = scheduledAnnotation(file, current);
      if (fixed !== null) return fixed;
      // A method reference passed to a scheduler (`scheduleAtFixedRate(this::sweep, …)`) names this method.
      return referencedSchedule(file, current);
    }
    current = current.parent;
  }
  return undefined;
}

/** `executor.scheduleAtFixedRate(task, initial, period, unit)`, `timer.schedule(task, delay, period)` for this task. */
function scheduledBy(file: JavaFile, task: Node): number | null {
  const list = task.parent;
  const call = list?.parent;
  if (list?.type !== 'argument_list' || call?.type !== 'method_invocation') return null;
  const args = argumentsOf(call);
  if (!same(args[0], task)) return null;
  return periodOfSchedule(file, call) ?? null;
}

function periodOfSchedule(file: JavaFile, call: Node): number | undefined {
  const name = methodName(call);
  const args = argumentsOf(call);
  if ((name === 'scheduleAtFixedRate' || name === 'scheduleWithFixedDelay') && args.length === 4) return file.values.pairMs(args[2]!, args[3]!);
  // java.util.Timer: (task, delay, period) in ms.
  if ((name === 'scheduleAtFixedRate' || name === 'schedule') && args.length === 3) return file.values.number(args[2]!);
  return undefined;
}

/** A loop that sleeps: `Thread.sleep(p)`, `TimeUnit.SECONDS.sleep(n)`, `wait(p)`. */
function sleepIn(file: JavaFile, loop: Node): number | null {
  for (const call of loop.descendantsOfType('method_invocation')) {
    const name = methodName(call);
    const receiver = receiverOf(call);
    const args = argumentsOf(call);
    if (name === 'sleep' && receiver?.text === 'Thread' && args.length >= 1) return file.values.number(args[0]!) ?? null;
    if ((name === 'wait' || name === 'sleep') && receiver && args.length === 1) {
      const unitMs = file.values.unitMs(receiver);
      if (unitMs !== undefined) return file.values.pairMs(args[0]!, receiver) ?? null;
    }
    if (name === 'wait' && !receiver && args.length === 1) return file.values.number(args[0]!) ?? null;
  }
  return null;
}

/** Spring's `@Scheduled(fixedRate = 30000)` / `fixedDelay`, in ms. */
function scheduledAnnotation(file: JavaFile, method: Node): number | null {
  for (const annotation of annotationsOf(method)) {
    if (annotationName(annotation) !== 'Scheduled') continue;
    const pairs = annotation.descendantsOfType('element_value_pair');
    for (const pair of pairs) {
      const key = pair.childForFieldName('key')?.text;
      const value = pair.childForFieldName('value');
      if ((key === 'fixedRate' || key === 'fixedDelay') && value) return file.values.number(value) ?? null;
    }
  }
  return null;
}

function referencedSchedule(file: JavaFile, method: Node): number | undefined {
  const name = method.childForFieldName('name')?.text;
  for (const reference of file.root.descendantsOfType('method_reference')) {
    if (reference.namedChildren.at(-1)?.text !== name) continue;
    const call = reference.parent?.parent;
    if (call?.type === 'method_invocation' && same(argumentsOf(call)[0], reference)) {
      const period = periodOfSchedule(file, call);
      if (period !== undefined) return period;
    }
  }
  return undefined;
}
