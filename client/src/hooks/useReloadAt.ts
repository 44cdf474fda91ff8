import { useEffect, useRef } from 'react';
import { delayUntil } from '../consultation/roundClock';

/**
 * Calls `onDue` once `moment` has passed (a round's deadline): nothing on the server announces a date that simply
 * arrives, so the page asks again itself.
 */
export function useReloadAt(moment: Date | null, onDue: () => void): void {
  const due = useRef(onDue);
  due.current = onDue;
  const time = moment?.getTime() ?? null;
  useEffect(() => {
    if (time === null) return;
    const timer = window.setTimeout(() => due.current(), delayUntil(new Date(time), new Date()));
    return () => window.clearTimeout(timer);
  }, [time]);
}
