// A mailbox runs the messages of one actor one at a time, in arrival order,
// so an actor's state needs no locks. `depth` is exported as a metric.

export class Mailbox {
  private readonly queue: Array<() => Promise<void>> = [];
  private running = 0;
  private idleWaiters: Array<() => void> = [];

  /** @param concurrency how many messages may run at once; 1 is a strict mailbox. */
  constructor(private readonly concurrency = 1) {}

  get depth(): number {
    return this.queue.length + this.running;
  }

  post(job: () => Promise<void>): void {
    this.queue.push(job);
    this.pump();
  }

  /** Resolves once every posted message has run. */
  idle(): Promise<void> {
    if (this.depth === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.running < this.concurrency && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.running++;
      void job()
        .catch(() => undefined) // jobs report their own failures; the mailbox must keep going
        .finally(() => {
          this.running--;
          this.pump();
          if (this.depth === 0) {
            const waiters = this.idleWaiters;
            this.idleWaiters = [];
            for (const w of waiters) w();
          }
        });
    }
  }
}
