import { SourceCode, type AST } from 'eslint';

/**
 * The incremental path for the edit this extension is about: changing a number (a timeout, a cap) in place.
 * Such an edit changes one token's text and one literal's value, never the tree's shape or its scopes, so the
 * previous parse can be carried over: the literal gets its new value, every later position moves by the
 * length difference, and ESLint's scopes (which hold the same nodes) stay valid. Anything else returns `null`
 * and the caller parses the text afresh.
 */
export function reparseNumberEdit(previous: SourceCode, text: string): SourceCode | null {
  if (previous.text === text) return rebuildSourceCode(previous);
  if (previous.hasBOM || !previous.scopeManager) return null;
  const edit = changedSpan(previous.text, text);
  const token = numberTokenAround(previous.ast.tokens, edit.start, edit.oldEnd);
  if (!token) return null;
  const delta = text.length - previous.text.length;
  const [start, end] = token.range;
  const raw = text.slice(start, end + delta);
  const value = numberValue(raw);
  if (value === null || !standsAlone(text, start, end + delta)) return null;
  const literal = nodeSpanning(previous.ast, token.range, previous.visitorKeys);
  if (literal?.type !== 'Literal' || typeof literal.value !== 'number' || literal.raw !== token.value) return null;
  shiftPositionsAfter(previous.ast, { offset: end, line: token.loc.end.line, column: token.loc.end.column, delta }, previous.visitorKeys);
  token.value = raw;
  Object.assign(literal, { raw, value });
  return rebuildSourceCode(previous, text);
}

/** A new SourceCode over the same tree and scopes: ESLint keeps per-run state on the SourceCode object. */
export function rebuildSourceCode(parsed: SourceCode, text: string = parsed.text): SourceCode {
  return new SourceCode({ text, ast: parsed.ast, parserServices: parsed.parserServices, scopeManager: parsed.scopeManager, visitorKeys: parsed.visitorKeys });
}

/** The one span where the texts differ: `[start, oldEnd)` of the old text became `[start, newEnd)`. */
function changedSpan(before: string, after: string): { start: number; oldEnd: number } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let common = 0;
  while (common < shorter - start && before.charCodeAt(before.length - 1 - common) === after.charCodeAt(after.length - 1 - common)) common++;
  return { start, oldEnd: before.length - common };
}

/** The numeric token that contains the whole changed span (touching counts: typing at either end of it). */
function numberTokenAround(tokens: readonly AST.Token[], start: number, oldEnd: number): AST.Token | null {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const token = tokens[middle]!;
    if (token.range[1] < start) low = middle + 1;
    else if (token.range[0] > oldEnd) high = middle - 1;
    else {
      // At most two tokens touch the span (one ending and one starting at it): take the numeric one.
      for (const candidate of [tokens[middle - 1], token, tokens[middle + 1]]) {
        if (candidate?.type === 'Numeric' && candidate.range[0] <= start && oldEnd <= candidate.range[1]) return candidate;
      }
      return null;
    }
  }
  return null;
}

const DIGITS = '[0-9](?:_?[0-9])*';
const DECIMAL = new RegExp(`^(?:(?:0|[1-9](?:_?[0-9])*)(?:\\.(?:${DIGITS})?)?|\\.${DIGITS})(?:[eE][+-]?${DIGITS})?$`);
const PREFIXED = /^0(?:[xX][0-9a-fA-F](?:_?[0-9a-fA-F])*|[oO][0-7](?:_?[0-7])*|[bB][01](?:_?[01])*)$/;

/**
 * The value of a number literal in any form every parser setting accepts alike; `null` for anything else
 * (BigInt, legacy octal, not a number at all).
 */
function numberValue(raw: string): number | null {
  if (!DECIMAL.test(raw) && !PREFIXED.test(raw)) return null;
  return Number(raw.replaceAll('_', ''));
}

const JOINS_A_NUMBER = /[\p{ID_Continue}$.\\\u200C\u200D]/u;

/** The new literal cannot merge with its neighbours into another token (`1.` + `.x`, `x` + `1`). */
function standsAlone(text: string, start: number, end: number): boolean {
  return !JOINS_A_NUMBER.test(text.charAt(start - 1)) && !JOINS_A_NUMBER.test(text.charAt(end));
}

type Positioned = { type?: string; range?: [number, number]; loc?: AST.SourceLocation; start?: number; end?: number; value?: unknown; raw?: string };

/** The node whose range is exactly `range`, found by descending only into nodes that contain it. */
function nodeSpanning(root: AST.Program, range: readonly [number, number], visitorKeys: SourceCode.VisitorKeys): Positioned | null {
  let node: Positioned = root as Positioned;
  for (;;) {
    if (node.range?.[0] === range[0] && node.range[1] === range[1] && node.type === 'Literal') return node;
    const inner: Positioned | undefined = children(node, visitorKeys).find((child) => child.range !== undefined && child.range[0] <= range[0] && range[1] <= child.range[1]);
    if (!inner) return null;
    node = inner;
  }
}

interface Shift {
  /** Old offset from which positions move (the end of the edited token). */
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly delta: number;
}

/**
 * Moves every offset at or after `shift.offset` and every column on the edited line at or after the token's
 * end. Parsers share range arrays and position objects between nodes (espree's copies for `{ a }` and
 * `import { a }`) and between nodes and tokens, so no shared object may move twice: offsets are set from the
 * owner's own `start`/`end` where the parser gives them (an assignment, so repeating it changes nothing), and
 * the rest is moved once, remembered by identity. Only positions on the edited line can move at all, so only
 * those are remembered.
 */
function shiftPositionsAfter(ast: AST.Program, shift: Shift, visitorKeys: SourceCode.VisitorKeys): void {
  const movedRanges = new Set<readonly number[]>();
  const movedPositions = new Set<AST.SourceLocation['start']>();
  const moved = (offset: number): number => (offset >= shift.offset ? offset + shift.delta : offset);
  const move = (item: Positioned): void => {
    const range = item.range;
    if (typeof item.start === 'number' && typeof item.end === 'number') {
      item.start = moved(item.start);
      item.end = moved(item.end);
      if (range) {
        range[0] = item.start;
        range[1] = item.end;
      }
    } else if (range && !movedRanges.has(range)) {
      movedRanges.add(range);
      range[0] = moved(range[0]);
      range[1] = moved(range[1]);
    }
    const loc = item.loc;
    if (!loc) return;
    for (const position of [loc.start, loc.end]) {
      if (position.line !== shift.line || position.column < shift.column || movedPositions.has(position)) continue;
      movedPositions.add(position);
      position.column += shift.delta;
    }
  };
  const visit = (node: Positioned): void => {
    // A node that ends before the edit holds no position that moves (its own end included).
    if (node.range && node.range[1] < shift.offset) return;
    for (const child of children(node, visitorKeys)) visit(child);
    move(node);
  };
  visit(ast as Positioned);
  for (const items of [ast.tokens, ast.comments] as ReadonlyArray<readonly Positioned[]>) {
    for (let index = firstEndingAtOrAfter(items, shift.offset); index < items.length; index++) move(items[index]!);
  }
}

function firstEndingAtOrAfter(items: readonly Positioned[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.range![1] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

const NOT_CHILDREN = new Set(['parent', 'loc', 'range', 'tokens', 'comments', 'leadingComments', 'trailingComments']);

/**
 * A node's child nodes by the parser's visitor keys (every object-valued key for a type it does not list), each
 * once even when two keys hold the same node.
 */
function children(node: Positioned, visitorKeys: SourceCode.VisitorKeys): Positioned[] {
  const record = node as Record<string, unknown>;
  const keys = (node.type !== undefined ? visitorKeys[node.type] : undefined) ?? Object.keys(record).filter((key) => !NOT_CHILDREN.has(key));
  const found: Positioned[] = [];
  for (const key of keys) {
    const value = record[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) found.push(item);
    } else if (isNode(value) && !found.includes(value)) found.push(value); // espree's `export { a }`: one node is both `local` and `exported`
  }
  return found;
}

function isNode(value: unknown): value is Positioned {
  return typeof value === 'object' && value !== null && typeof (value as Positioned).type === 'string';
}
