import type { Grammar } from '../languages/tree-sitter/grammar';

/**
 * Terraform's grammar (tree-sitter HCL). It loads asynchronously, once per process, on the first discovery that
 * meets a `.tf` file; a synchronous caller before then gets `loading` and reads those files on a later call. The
 * tree-sitter modules are required only then: a project that never discovers a `.tf` file never loads them.
 */
let grammar: Grammar<'hcl'> | undefined;
let failure: string | undefined;
let started = false;

function hcl(): Grammar<'hcl'> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first need
  grammar ??= new (require('../languages/tree-sitter/grammar') as typeof import('../languages/tree-sitter/grammar')).Grammar('hcl', 'tree-sitter-hcl.wasm');
  return grammar;
}

export type HclState = { readonly kind: 'ready'; readonly grammar: Grammar<'hcl'> } | { readonly kind: 'loading' } | { readonly kind: 'failed'; readonly reason: string };

export function hclGrammar(): HclState {
  if (failure !== undefined) return { kind: 'failed', reason: failure };
  if (started && hcl().notReadyReason === undefined) return { kind: 'ready', grammar: hcl() };
  void loadHclGrammar();
  return { kind: 'loading' };
}

/** Settles once Terraform files can be read (or reading them has failed, which discovery then reports). */
export function loadHclGrammar(): Promise<void> {
  if (!started) {
    started = true;
    hcl().load().catch((error: unknown) => {
      failure = error instanceof Error ? error.message : String(error);
    });
  }
  return hcl().load().catch(() => undefined);
}
