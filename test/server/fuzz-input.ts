/** Random edits for the LSP fuzz: a seeded generator, the edits a person (or a paste) makes, and an undo log. */
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A whole number in [0, max). */
  below(max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (max: number): number => Math.floor(next() * max);
  return { next, below, chance: (probability) => next() < probability, pick: (items) => items[below(items.length)]! };
}

/** Replace `deleted` UTF-16 units at `offset` with `text`. */
export interface TextChange {
  readonly offset: number;
  readonly deleted: number;
  readonly text: string;
}

/** Code people type or paste, half of it about pools and servers so the rules have something to find. */
const SNIPPETS = [
  "new http.Agent({ keepAlive: true, timeout: 6000 })",
  "new https.Agent({ keepAlive: true })",
  "const extra = new http.Agent({ keepAlive: true, timeout: 30_000, maxSockets: 10 });\n",
  "require('http')",
  "import { Agent } from 'undici';\n",
  "new Agent({ keepAliveTimeout: 60 * 1000 })",
  'keepAliveMaxTimeout: 400_000, ',
  'keepAliveTimeout: 90_000, ',
  'server.keepAliveTimeout = 5000;\n',
  'timeout: 4000, ',
  '...options, ',
  "'use strict';\n",
  'async () => {',
  '});',
  '? a : b',
  '?.', '??=', '0x1F', '1e3', '-', '*', 'null', 'undefined', 'this', '#secret', '@decorated ',
  ': Agent<string>', ' as const', 'satisfies Options', '<div title="x">{agent}</div>', '</div>',
  '// a comment\n', '/** doc */', '\n', '\r\n', '\t', '    ', 'é', '😀', '\u2028', '\u00a0',
];
const UNBALANCED = ['(', ')', '{', '}', '[', ']', '${', '`', "'", '"', '/*', '*/', '<', '>', '/', '\\'];
const CHARACTERS = 'abcxyz_$0123456789 .,;:=+-*/%!&|^~?()[]{}<>\'"`\\\n\t#@';

/** Whole statements, inserted at the start of a line: most keep the code valid, and add findings. */
function statement(random: Random): string {
  const name = `pool${random.below(1_000_000)}`;
  return random.pick([
    `const ${name} = new http.Agent({ keepAlive: true, timeout: ${random.pick([4, 6, 30, 90])}_000 });\n`,
    `const ${name} = new (require('https').Agent)({ keepAlive: true });\n`,
    `const ${name} = new (require('undici').Agent)({ keepAliveMaxTimeout: ${random.pick([30, 600])}_000 });\n`,
    `const ${name} = new (require('undici').Pool)('http://billing', { clientTtl: ${random.pick([300, 900])}_000 });\n`,
    `exports.${name} = { keepAliveTimeout: ${random.below(100)} * 1000 };\n`,
    '// keep-alive: tune me\n',
    '\n',
  ]);
}

/** One random edit of `text`: an insert, a deletion or a replacement; now and then a huge line or paste. */
export function randomChange(random: Random, text: string): TextChange {
  const offset = boundary(text, random.below(text.length + 1));
  const roll = random.next();
  // A large document mostly shrinks again, so the run stays within its time budget; a small one mostly grows.
  if (text.length > 200_000 && random.chance(0.6)) return deletion(random, text, offset, text.length);
  if (roll < 0.005) return { offset, deleted: 0, text: oversizedPaste(random) };
  if (roll < 0.02) return { offset, deleted: 0, text: hugeLine(random) };
  if (roll < 0.2 || (text.length < 200 && roll < 0.6)) return { offset: lineStart(text, offset), deleted: 0, text: statement(random) };
  if (roll < 0.4) return { offset, deleted: 0, text: random.pick(SNIPPETS) };
  if (roll < 0.52) return { offset, deleted: 0, text: random.pick(UNBALANCED) };
  if (roll < 0.6) return { offset, deleted: 0, text: randomCharacters(random, 1 + random.below(12)) };
  if (roll < 0.8) return deletion(random, text, offset, random.chance(0.1) ? 2000 : 40);
  if (roll < 0.88) return digitEdit(random, text, offset) ?? deletion(random, text, offset, 40);
  const replaced = deletion(random, text, offset, 20);
  return { ...replaced, text: random.chance(0.5) ? random.pick(SNIPPETS) : randomCharacters(random, 1 + random.below(6)) };
}

/** A digit typed into, replaced in or deleted from the next number: the edit that reuses the last parse. */
function digitEdit(random: Random, text: string, offset: number): TextChange | null {
  const digit = /[0-9]/g;
  digit.lastIndex = offset;
  const found = digit.exec(text) ?? (offset > 0 ? /[0-9]/.exec(text) : null);
  if (!found) return null;
  const typed = String(random.below(10));
  const at = found.index + (random.chance(0.3) ? 1 : 0);
  return random.pick<TextChange>([
    { offset: at, deleted: 0, text: typed },
    { offset: found.index, deleted: 1, text: typed },
    { offset: found.index, deleted: 1, text: '' },
  ]);
}

function lineStart(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1) + 1, 0);
}

function deletion(random: Random, text: string, offset: number, longest: number): TextChange {
  const end = boundary(text, Math.min(text.length, offset + 1 + random.below(longest)));
  return { offset, deleted: end - offset, text: '' };
}

function randomCharacters(random: Random, length: number): string {
  let result = '';
  for (let i = 0; i < length; i++) result += CHARACTERS[random.below(CHARACTERS.length)];
  return result;
}

/** One line of 20 000 – 150 000 characters: generated data or minified code. */
function hugeLine(random: Random): string {
  const length = 20_000 + random.below(130_000);
  const unit = random.pick(['1,', 'var a=require("http"),b=function(c){return c*2};', '"0123456789abcdef",', 'x']);
  return `\nconst data = [${unit.repeat(Math.ceil(length / unit.length))}];\n`;
}

/** Over the server's 1 MB limit, so it takes the skipping path. */
function oversizedPaste(random: Random): string {
  return `\n/* ${'generated '.repeat(105_000 + random.below(1000))} */\n`;
}

/** Moves an offset off the middle of a surrogate pair or of a '\r\n': no position can name those. */
function boundary(text: string, offset: number): number {
  if (offset <= 0 || offset >= text.length) return offset;
  const code = text.charCodeAt(offset);
  const splitsPair = code >= 0xdc00 && code <= 0xdfff && text.charCodeAt(offset - 1) >= 0xd800 && text.charCodeAt(offset - 1) <= 0xdbff;
  const splitsLineEnd = code === 10 && text.charCodeAt(offset - 1) === 13;
  return splitsPair || splitsLineEnd ? offset - 1 : offset;
}

/** The text as the client holds it, the version, and what undoes every change so far. */
export class FuzzDocument {
  version = 1;
  private readonly inverses: TextChange[] = [];

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public text: string,
  ) {}

  /** Applies the change; returns it as an LSP content change (positions in the text before it). */
  apply(change: TextChange): TextDocumentContentChangeEvent {
    const event = { range: { start: this.positionAt(change.offset), end: this.positionAt(change.offset + change.deleted) }, text: change.text };
    this.inverses.push({ offset: change.offset, deleted: change.text.length, text: this.text.slice(change.offset, change.offset + change.deleted) });
    this.text = this.text.slice(0, change.offset) + change.text + this.text.slice(change.offset + change.deleted);
    return event;
  }

  /** The change that undoes the most recent one still applied (undefined when back at the start), unlogged. */
  undoStep(): TextDocumentContentChangeEvent | undefined {
    const inverse = this.inverses.pop();
    if (!inverse) return undefined;
    const event = { range: { start: this.positionAt(inverse.offset), end: this.positionAt(inverse.offset + inverse.deleted) }, text: inverse.text };
    this.text = this.text.slice(0, inverse.offset) + inverse.text + this.text.slice(inverse.offset + inverse.deleted);
    return event;
  }

  get pendingUndos(): number {
    return this.inverses.length;
  }

  /** LSP position (line, UTF-16 character) of an offset: lines end at '\n', '\r\n' or a lone '\r' (not at U+2028). */
  positionAt(offset: number): Position {
    let line = 0;
    let lineStart = 0;
    for (let i = 0; i < offset; i++) {
      const code = this.text.charCodeAt(i);
      if (code === 10 || (code === 13 && this.text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, character: offset - lineStart };
  }

  /** The text's lines as LSP counts them. */
  lines(): string[] {
    return this.text.split(/\r\n|\r|\n/);
  }
}
