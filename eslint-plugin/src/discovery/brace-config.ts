import type { TextRange } from '../sites';

/**
 * Configs made of words, `;`-ended directives and `{}` blocks, read as nginx reads them (`ngx_conf_read_token`):
 * words split on whitespace, `"`/`'` quoted words with backslash escapes, `#` comments where a word would start,
 * `${var}` inside a word. Caddyfiles share the shape with the line end instead of `;` (`lineEnds`).
 */
export interface Word {
  /** The word without its quotes and escapes. */
  readonly text: string;
  readonly range: TextRange;
}

export interface Directive {
  readonly name: Word;
  readonly args: readonly Word[];
  /** From the name to the end of the last word (before `;` or the block). */
  readonly range: TextRange;
  /** The directives of its `{}` block, when it has one. */
  readonly block?: readonly Directive[];
}

export class ConfigSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

type Token = { readonly kind: 'word'; readonly word: Word } | { readonly kind: '{' | '}' | ';' | 'eol'; readonly offset: number };

/** Tokens of the text; with `lineEnds`, a line break ends a directive (and `;` is an ordinary character). */
function tokenize(text: string, lineEnds: boolean): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\n') {
      if (lineEnds) tokens.push({ kind: 'eol', offset: i });
      i++;
    } else if (char === ' ' || char === '\t' || char === '\r') {
      i++;
    } else if (char === '#') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (char === '{' || char === '}' || (char === ';' && !lineEnds)) {
      tokens.push({ kind: char, offset: i });
      i++;
    } else if (char === '"' || char === "'" || (lineEnds && char === '`')) {
      const start = i;
      let value = '';
      i++;
      while (i < text.length && text[i] !== char) {
        if (text[i] === '\\' && char !== '`' && i + 1 < text.length) i++;
        value += text[i];
        i++;
      }
      if (i >= text.length) throw new ConfigSyntaxError(`unterminated ${char} string`, start);
      i++;
      tokens.push({ kind: 'word', word: { text: value, range: [start, i] } });
    } else {
      const start = i;
      let value = '';
      while (i < text.length && !/[\s;{}]/.test(text[i]!)) {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        else if (text[i] === '$' && text[i + 1] === '{') {
          const close = text.indexOf('}', i);
          if (close < 0) throw new ConfigSyntaxError('unterminated ${ variable', i);
          value += text.slice(i, close + 1);
          i = close + 1;
          continue;
        }
        value += text[i];
        i++;
      }
      // `;` inside a Caddyfile word is an ordinary character.
      if (lineEnds) {
        while (i < text.length && text[i] === ';') value += text[i++];
      }
      tokens.push({ kind: 'word', word: { text: value, range: [start, i] } });
    }
  }
  return tokens;
}

/** The directives of a whole file. Throws `ConfigSyntaxError` with the offset of the first mistake. */
export function parseDirectives(text: string, options: { readonly lineEnds: boolean }): Directive[] {
  const tokens = tokenize(text, options.lineEnds);
  let index = 0;

  function block(closing: number | null): Directive[] {
    const directives: Directive[] = [];
    let words: Word[] = [];
    const finish = (withBlock?: Directive[]) => {
      const [name, ...args] = words;
      if (name) directives.push({ name, args, range: [name.range[0], (args.at(-1) ?? name).range[1]], ...(withBlock ? { block: withBlock } : {}) });
      words = [];
    };
    while (index < tokens.length) {
      const token = tokens[index++]!;
      if (token.kind === 'word') words.push(token.word);
      else if (token.kind === ';' || token.kind === 'eol') {
        if (token.kind === ';' && words.length === 0) throw new ConfigSyntaxError('unexpected ";"', token.offset);
        finish();
      } else if (token.kind === '{') {
        if (words.length === 0) {
          if (!options.lineEnds) throw new ConfigSyntaxError('unexpected "{"', token.offset);
          // A Caddyfile's global options block has no words before it: it is named by an empty word.
          words.push({ text: '', range: [token.offset, token.offset] });
        }
        finish(block(token.offset));
      } else {
        if (closing === null) throw new ConfigSyntaxError('unexpected "}"', token.offset);
        if (words.length > 0) {
          if (!options.lineEnds) throw new ConfigSyntaxError(`"${words[0]!.text}" has no ";" before "}"`, words[0]!.range[0]);
          finish();
        }
        return directives;
      }
    }
    if (closing !== null) throw new ConfigSyntaxError('unexpected end of file: a "{" is never closed', closing);
    if (words.length > 0) {
      if (!options.lineEnds) throw new ConfigSyntaxError(`"${words[0]!.text}" has no ";" at the end of the file`, words[0]!.range[0]);
      finish();
    }
    return directives;
  }

  return block(null);
}

/** The directives named `name` directly inside a block. */
export function children(directives: readonly Directive[] | undefined, name: string): Directive[] {
  return (directives ?? []).filter((directive) => directive.name.text === name);
}

/** The last directive named `name` directly inside a block (a later one overrides an earlier one). */
export function lastChild(directives: readonly Directive[] | undefined, name: string): Directive | undefined {
  return children(directives, name).at(-1);
}

/** The directive as written in the file, without its block. */
export function writtenText(text: string, directive: Directive): string {
  return text.slice(directive.range[0], directive.range[1]).replace(/\s+/g, ' ');
}
