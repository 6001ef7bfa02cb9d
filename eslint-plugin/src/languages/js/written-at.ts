import type { TSESTree } from '@typescript-eslint/utils';
import type { TextRange } from '../../sites';
import { moduleOf, type JsModule } from './js-module';
import type { ObjectEntry } from './object-shapes';

/** Where an option's value is shown in the linted file, and its text as written. */
export interface WrittenAt {
  readonly range: TextRange;
  readonly valueRange: TextRange;
  readonly text: string;
  /** Written in another module: the ranges point where it enters this file, and no suggestion edits it there. */
  readonly elsewhere: boolean;
  /** For a value written elsewhere, the node of this file it enters through (an import, a spread of one). */
  readonly anchor: TSESTree.Node | null;
}

/**
 * An entry of a resolved options object as the linted module sees it: its own property, or, for one written in another
 * module, the name or spread it comes in through (`fallback`, the construction, when it comes in through code of
 * another module: a subclass's `super({ … })`).
 */
export function writtenAt(entry: ObjectEntry, module: JsModule | null, fallback: TSESTree.Node): WrittenAt {
  const home = moduleOf(entry.place.scope);
  if (home === module || !module) {
    const text = (home ?? module)?.text ?? '';
    return { range: entry.property.range, valueRange: entry.valueNode.range, text: text.slice(...entry.valueNode.range), elsewhere: false, anchor: null };
  }
  const anchor = entry.anchor?.module === module ? entry.anchor.node : fallback;
  return { range: anchor.range, valueRange: anchor.range, text: home?.text.slice(...entry.valueNode.range) ?? '', elsewhere: true, anchor };
}
