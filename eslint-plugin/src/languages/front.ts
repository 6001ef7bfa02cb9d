import type { Sites, SuggestionWriter } from '../sites';

/** The languages whose code the rules read. */
export type LanguageId = 'js' | 'java' | 'go';

/**
 * What a language gives the shared core: a cheap check, the sites of a file, and how suggestions are written in
 * it. Everything after the sites (advice, findings, rules, inspection) knows no syntax tree.
 */
export interface LanguageFront {
  readonly id: LanguageId;
  /** The visitor key that runs once the whole file has been read (`Program:exit` in JavaScript). */
  readonly exitSelector: string;
  /** False when the file certainly builds no site: most files, ruled out before any costly work. */
  mayHoldSites(sourceCode: object, filename: string): boolean;
  /** The file's sites, found once per parse and shared by every rule. */
  sites(sourceCode: object, filename: string): Sites;
  writer(sourceCode: object): SuggestionWriter;
}
