import type { TextRange } from '../sites';
import { wholeSeconds } from './durations';
import { defaultTimeout, idleOf, writtenTimeout, type ConfigFile } from './entries';
import type { DiscoveredTimeout } from './types';

interface Word {
  readonly text: string;
  readonly range: TextRange;
}

/** Python application servers started from a command line, the flag that sets their idle timeout (seconds). */
const SERVERS = [
  { program: 'gunicorn', flag: '--keep-alive', product: 'gunicorn' },
  { program: 'uvicorn', flag: '--timeout-keep-alive', product: 'uvicorn' },
] as const;

/** Gunicorn workers that keep connections alive; the default `sync` worker closes each after its response. */
const KEEPALIVE_WORKERS = /^(gthread|gevent|eventlet|tornado)$/;

/** A Dockerfile's `CMD` and `ENTRYPOINT` (shell or JSON exec form, `\` continuations). */
export function readDockerfile(text: string, config: ConfigFile): DiscoveredTimeout[] {
  const found: DiscoveredTimeout[] = [];
  for (const instruction of instructions(text)) {
    const [keyword, ...rest] = instruction;
    if (keyword && /^(CMD|ENTRYPOINT)$/i.test(keyword.text)) found.push(...fromCommand(rest, text, config, keyword.text.toUpperCase()));
  }
  return found;
}

/** A Procfile: `web: gunicorn app:app --keep-alive 75`, one process type a line. */
export function readProcfile(text: string, config: ConfigFile): DiscoveredTimeout[] {
  const found: DiscoveredTimeout[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && !line.trimStart().startsWith('#')) {
      found.push(...fromCommand(wordsOf(text, offset + colon + 1, offset + line.length), text, config, `process ${line.slice(0, colon).trim()}`));
    }
    offset += line.length + 1;
  }
  return found;
}

function fromCommand(words: readonly Word[], text: string, config: ConfigFile, context: string): DiscoveredTimeout[] {
  const found: DiscoveredTimeout[] = [];
  for (const { program, flag, product } of SERVERS) {
    const at = words.findIndex((word) => word.text === program || word.text.endsWith(`/${program}`));
    if (at < 0) continue;
    const args = words.slice(at + 1);
    if (program === 'gunicorn' && !keepsAlive(args)) {
      found.push(writtenTimeout(config, { range: words[at]!.range, product, roles: ['server'], directive: 'gunicorn with the sync worker', context, note: 'the sync worker closes every connection after its response' }, { state: 'disabled' }));
      continue;
    }
    const option = optionValue(args, flag);
    if (option) {
      const range: TextRange = [option.flag.range[0], option.value?.range[1] ?? option.flag.range[1]];
      const value = option.value?.text ?? '';
      found.push(writtenTimeout(config, { range, product, roles: ['server'], directive: text.slice(range[0], range[1]).replace(/[\s"',]+/g, ' ').trim(), context }, idleOf(wholeSeconds(value), value)));
    } else {
      found.push(defaultTimeout(config, { range: words[at]!.range, product, roles: ['server'], directive: `${flag} unset`, context }));
    }
  }
  return found;
}

/** A worker class that keeps connections alive (`-k gthread`, `--worker-class=gevent`, or `--threads` above 1). */
function keepsAlive(args: readonly Word[]): boolean {
  const worker = optionValue(args, '--worker-class') ?? optionValue(args, '-k');
  if (worker?.value) return KEEPALIVE_WORKERS.test(worker.value.text) || worker.value.text.includes('.');
  const threads = optionValue(args, '--threads');
  return threads?.value !== undefined && Number(threads.value.text) > 1;
}

/** `--flag value` or `--flag=value`. */
function optionValue(args: readonly Word[], flag: string): { flag: Word; value: Word | undefined } | undefined {
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    if (word.text === flag) return { flag: word, value: args[i + 1] };
    if (word.text.startsWith(`${flag}=`)) {
      const start = word.range[1] - (word.text.length - flag.length - 1);
      return { flag: word, value: { text: word.text.slice(flag.length + 1), range: [start, word.range[1]] } };
    }
  }
  return undefined;
}

/** Each instruction's words, a `\` at a line's end continuing it; comment lines skipped. */
function instructions(text: string): Word[][] {
  const result: Word[][] = [];
  let offset = 0;
  let start = -1;
  for (const line of text.split('\n')) {
    const end = offset + line.length;
    const trimmed = line.trim();
    if (start < 0 && trimmed !== '' && !trimmed.startsWith('#')) start = offset;
    if (start >= 0 && !trimmed.endsWith('\\') && !(trimmed.startsWith('#') && start !== offset)) {
      result.push(wordsOf(text, start, end));
      start = -1;
    }
    offset = end + 1;
  }
  if (start >= 0) result.push(wordsOf(text, start, text.length));
  return result;
}

/** Words between two offsets: whitespace, `\` line continuations and the JSON exec form's `[ , ]` separate them; quotes group. */
function wordsOf(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    const char = text[i]!;
    if (/[\s[\],\\]/.test(char)) {
      i++;
      continue;
    }
    const start = i;
    let value = '';
    if (char === '"' || char === "'") {
      i++;
      while (i < to && text[i] !== char) value += text[i++];
      words.push({ text: value, range: [start + 1, i] });
      i++;
      continue;
    }
    while (i < to && !/[\s,\]]/.test(text[i]!)) value += text[i++];
    words.push({ text: value, range: [start, i] });
  }
  return words;
}
