import { describe, expect, it } from 'vitest';
import { SaveScheduler, type Timers } from './saveScheduler';

/** Timers the test advances by hand. */
function manualTimers() {
  let pending: { callback: () => void; at: number } | null = null;
  let now = 0;
  const timers: Timers = {
    set: (callback, ms) => (pending = { callback, at: now + ms }),
    clear: (handle) => {
      if (handle === pending) pending = null;
    },
  };
  return {
    timers,
    advance(ms: number) {
      now += ms;
      if (pending !== null && pending.at <= now) {
        const due = pending;
        pending = null;
        due.callback();
      }
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SaveScheduler', () => {
  it('saves once typing has paused for the whole pause, not while it goes on', async () => {
    const clock = manualTimers();
    let saves = 0;
    const scheduler = new SaveScheduler(async () => void saves++, 1500, clock.timers);
    scheduler.changed();
    clock.advance(1000);
    scheduler.changed();
    clock.advance(1000);
    expect(saves).toBe(0);
    clock.advance(500);
    await settle();
    expect(saves).toBe(1);
  });

  it('saves at once when focus leaves, and not again when the pause would have ended', async () => {
    const clock = manualTimers();
    let saves = 0;
    const scheduler = new SaveScheduler(async () => void saves++, 1500, clock.timers);
    scheduler.changed();
    await scheduler.flush();
    clock.advance(2000);
    await settle();
    expect(saves).toBe(1);
  });

  it('runs one save at a time and once more for a request made during a save', async () => {
    const clock = manualTimers();
    let running = 0;
    let most = 0;
    let saves = 0;
    let release: () => void = () => undefined;
    const scheduler = new SaveScheduler(
      () => {
        saves++;
        running++;
        most = Math.max(most, running);
        return new Promise<void>((resolve) => {
          release = () => {
            running--;
            resolve();
          };
        });
      },
      1500,
      clock.timers,
    );
    const first = scheduler.flush();
    void scheduler.flush();
    void scheduler.flush();
    release();
    await settle();
    release();
    await first;
    expect(saves).toBe(2);
    expect(most).toBe(1);
  });

  it('keeps going after a failed save', async () => {
    const clock = manualTimers();
    let attempts = 0;
    const scheduler = new SaveScheduler(
      async () => {
        attempts++;
        if (attempts === 1) throw new Error('connection lost');
      },
      1500,
      clock.timers,
    );
    await scheduler.flush();
    await scheduler.flush();
    expect(attempts).toBe(2);
  });

  it('saves nothing more once disposed', async () => {
    const clock = manualTimers();
    let saves = 0;
    const scheduler = new SaveScheduler(async () => void saves++, 1500, clock.timers);
    scheduler.changed();
    scheduler.dispose();
    clock.advance(2000);
    await scheduler.flush();
    expect(saves).toBe(0);
  });
});
