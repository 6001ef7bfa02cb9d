/**
 * Gives memory back once the server is idle. A lint allocates several times its text's size (tokens, tree,
 * scopes) and V8 keeps the heap at its high-water mark long after that garbage is dead, so a server that opened
 * many large documents would hold hundreds of megabytes while doing nothing. After the last lint, full
 * collections at growing intervals let the heap shrink back to what is live (texts, results, code). Needs the
 * `--expose-gc` flag the client starts the server with; without it nothing happens.
 */
export class IdleMemory {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly collect: (() => void) | undefined = (globalThis as { gc?: () => void }).gc,
    /** Quiet spells before each collection; a new lint starts the schedule again. */
    private readonly delaysMs: readonly number[] = [2000, 1000, 2000, 4000],
  ) {}

  /** A lint just finished: the schedule starts (again) from its first step. */
  afterWork(): void {
    if (!this.collect) return;
    clearTimeout(this.timer);
    this.schedule(0);
  }

  dispose(): void {
    clearTimeout(this.timer);
  }

  private schedule(step: number): void {
    const delay = this.delaysMs[step];
    if (delay === undefined) return;
    this.timer = setTimeout(() => {
      this.collect!();
      this.schedule(step + 1);
    }, delay);
    this.timer.unref();
  }
}
