/** How long typing pauses before the text is saved. */
export const savePauseMs = 1500;

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const browserTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Decides when to save an edit: once typing pauses, or at once when asked (focus leaves the block, the
 * connection returns). One save runs at a time; a request during a save runs once more after it.
 */
export class SaveScheduler {
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private again = false;
  private disposed = false;

  constructor(
    private readonly save: () => Promise<void>,
    private readonly pauseMs = savePauseMs,
    private readonly timers: Timers = browserTimers,
  ) {}

  /** The text changed: save once typing has paused. */
  changed(): void {
    if (this.disposed) return;
    this.cancelTimer();
    this.timer = this.timers.set(() => {
      this.timer = null;
      void this.flush();
    }, this.pauseMs);
  }

  /** Save now (after the save under way, if one is). */
  flush(): Promise<void> {
    this.cancelTimer();
    if (this.disposed) return Promise.resolve();
    if (this.running !== null) {
      this.again = true;
      return this.running;
    }
    this.running = this.runSaves().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  get saving(): boolean {
    return this.running !== null;
  }

  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  private async runSaves(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.save();
      } catch {
        // The owner reports failures; a failed save is retried by the next change or flush.
      }
    } while (this.again && !this.disposed);
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    this.timers.clear(this.timer);
    this.timer = null;
  }
}
