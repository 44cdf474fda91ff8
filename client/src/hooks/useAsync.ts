import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { isAbort } from '../api/problem';

export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

export interface AsyncResult<T> {
  state: AsyncState<T>;
  /** True while a load runs, also when earlier data is still shown. */
  pending: boolean;
  reload(): void;
}

/**
 * Runs `load` when the dependencies change (aborting the previous run) and on `reload()`. Data already
 * shown stays visible while the next load runs, so the page does not flash.
 */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): AsyncResult<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [pending, setPending] = useState(true);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setPending(true);
    setState((current) => (current.status === 'ready' ? current : { status: 'loading' }));
    load(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return;
        setState({ status: 'ready', data });
        setPending(false);
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setState({ status: 'error', error });
        setPending(false);
      },
    );
    return () => controller.abort();
  }, [...deps, generation]); // `load` is expected to change with `deps` only.

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { state, pending, reload };
}
