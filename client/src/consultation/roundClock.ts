import type { Round } from '../api/types';

/** The next moment, after `now`, at which one of the rounds opens or closes by its dates; null when none will. */
export function nextPhaseChange(rounds: readonly Round[], now: Date): Date | null {
  const moments = rounds
    .filter((round) => round.closedAt === null)
    .flatMap((round) => [Date.parse(round.opens), Date.parse(round.closes)])
    .filter((moment) => Number.isFinite(moment) && moment > now.getTime());
  return moments.length === 0 ? null : new Date(Math.min(...moments));
}

/** The longest delay a browser timer takes (about 24.8 days); a later moment is waited for in steps. */
export const longestTimerDelayMs = 2 ** 31 - 1;

/** Wait a little past the moment, so the server's clock agrees that it has passed. */
export const phaseChangeGraceMs = 1500;

/** How long to wait before loading the rounds again for the change at `moment`. */
export function delayUntil(moment: Date, now: Date): number {
  return Math.min(Math.max(0, moment.getTime() - now.getTime()) + phaseChangeGraceMs, longestTimerDelayMs);
}
