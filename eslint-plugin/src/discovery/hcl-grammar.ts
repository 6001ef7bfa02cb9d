import { Grammar } from '../languages/tree-sitter/grammar';

/**
 * Terraform's grammar (tree-sitter HCL). It loads asynchronously, once per process, on the first discovery that
 * meets a `.tf` file; a synchronous caller before then gets `loading` and reads those files on a later call.
 */
const grammar = new Grammar('hcl', 'tree-sitter-hcl.wasm');
let failure: string | undefined;
let started = false;

export type HclState = { readonly kind: 'ready'; readonly grammar: Grammar<'hcl'> } | { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly reason: string };

export function hclGrammar(): HclState {
  if (failure !== undefined) return { kind: 'failed', reason: failure };
  if (grammar.notReadyReason === undefined) return { kind: 'ready', grammar };
  void loadHclGrammar();
  return { kind: 'loading' };
}

/** Settles once Terraform files can be read (or reading them has failed, which discovery then reports). */
export function loadHclGrammar(): Promise<void> {
  if (!started) {
    started = true;
    grammar.load().catch((error: unknown) => {
      failure = error instanceof Error ? error.message : String(error);
    });
  }
  return grammar.load().catch(() => undefined);
}
