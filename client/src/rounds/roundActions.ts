import type { DocumentRole, Round, RoundPhase } from '../api/types';
import { wallTimeToIso, type WallTime } from './zonedTime';

export interface RoundActions {
  extend: boolean;
  close: boolean;
  reopen: boolean;
}

/**
 * What a person may do to a round's deadline, by the server's rules: coordinators extend a round that has not
 * closed, close an open one early, and reopen a closed one; nobody else changes a round.
 */
export function roundActions(role: DocumentRole, phase: RoundPhase): RoundActions {
  const coordinator = role === 'Coordinator';
  return {
    extend: coordinator && phase !== 'Closed',
    close: coordinator && phase === 'Open',
    reopen: coordinator && phase === 'Closed',
  };
}

export type DeadlineProblem = 'dateMissing' | 'dateInvalid' | 'timeSkipped' | 'notAfterCurrent' | 'notInFuture';

export type DeadlineCheck = { ok: true; closes: string } | { ok: false; problem: DeadlineProblem };

/**
 * A new deadline entered in `timeZone`: for an extension it must come after the current deadline, for a
 * reopening after now (the server's rules).
 */
export function checkNewDeadline(wall: WallTime, timeZone: string, kind: 'extend' | 'reopen', round: Round, now: Date): DeadlineCheck {
  if (wall.date === '' || wall.time === '') return { ok: false, problem: 'dateMissing' };
  const converted = wallTimeToIso(wall, timeZone);
  if (converted.kind === 'skipped') return { ok: false, problem: 'timeSkipped' };
  if (converted.kind === 'invalid') return { ok: false, problem: 'dateInvalid' };
  const closes = Date.parse(converted.iso);
  if (kind === 'extend' && closes <= Date.parse(round.closes)) return { ok: false, problem: 'notAfterCurrent' };
  if (kind === 'reopen' && closes <= now.getTime()) return { ok: false, problem: 'notInFuture' };
  return { ok: true, closes: converted.iso };
}
