// @vitest-environment happy-dom
import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveConnection, type HubLike } from './LiveConnection';
import { LiveContext } from './LiveProvider';
import type { LiveChange } from './refreshPlan';
import { masked, person, version } from './testData';
import type { JoinResult } from './types';
import { useLiveDocument } from './useLiveDocument';

afterEach(cleanup);

/** A hub that answers joins from a queue and lets the test send events and drop the connection. */
function memoryHub(joins: JoinResult[]) {
  const handlers = new Map<string, (...args: unknown[]) => void>();
  const calls: unknown[][] = [];
  let reconnecting: () => void = () => undefined;
  let reconnected: () => void = () => undefined;
  const hub: HubLike = {
    start: () => Promise.resolve(),
    stop: () => Promise.resolve(),
    invoke: <T,>(method: string, ...args: unknown[]) => {
      calls.push([method, ...args]);
      return Promise.resolve((method === 'JoinDocument' ? joins.shift() : undefined) as T);
    },
    on: (method, handler) => handlers.set(method, handler as (...args: unknown[]) => void),
    onreconnecting: (callback) => (reconnecting = () => callback()),
    onreconnected: (callback) => (reconnected = () => callback()),
    onclose: () => undefined,
  };
  return {
    hub,
    calls,
    send: (method: string, ...args: unknown[]) => handlers.get(method)!(...args),
    drop: () => reconnecting(),
    restore: () => reconnected(),
  };
}

const joined = (fields: Partial<JoinResult> = {}): JoinResult => ({
  headCommitId: 'c1',
  missed: [],
  missedTruncated: false,
  present: [],
  ...fields,
});

async function openDocument(hub: HubLike, loadedHeadCommitId: string | null) {
  const live = new LiveConnection(hub);
  await live.start();
  const changes: LiveChange[] = [];
  const wrapper = ({ children }: { children: ReactNode }) => <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
  const rendered = renderHook(
    () => useLiveDocument('guidance', { loadedHeadCommitId, sectionId: null, onChange: (change) => changes.push(change) }),
    { wrapper },
  );
  await act(() => Promise.resolve());
  return { live, changes, rendered };
}

describe('useLiveDocument', () => {
  it('joins with the version the page loaded and shows who is present', async () => {
    const fake = memoryHub([joined({ present: [person('ana-moreno', 'Ana Moreno')] })]);
    const { rendered, changes } = await openDocument(fake.hub, 'c1');
    expect(fake.calls[0]).toEqual(['JoinDocument', 'guidance', 'c1']);
    expect(rendered.result.current.present?.map((p) => p.name)).toEqual(['Ana Moreno']);
    expect(rendered.result.current.state).toBe('connected');
    expect(changes).toEqual([]);
  });

  it('passes on a version once, however many times the hub sends it', async () => {
    const fake = memoryHub([joined()]);
    const { changes } = await openDocument(fake.hub, 'c1');
    act(() => {
      fake.send('VersionAdded', 'guidance', { version: masked('c2'), textChanged: false });
      fake.send('VersionAdded', 'guidance', { version: version('c2'), textChanged: false });
    });
    expect(changes.map((change) => change.kind)).toEqual(['versionAdded']);
  });

  it('takes the version of a block edit as added, once, even when a VersionAdded of it follows', async () => {
    const fake = memoryHub([joined()]);
    const { changes } = await openDocument(fake.hub, 'c1');
    const change = { blockId: 'q9yri4', revision: 'r2', version: version('c2'), afterBlockId: 'p1', blockCount: 40 };
    act(() => {
      fake.send('BlockChanged', 'guidance', change);
      fake.send('VersionAdded', 'guidance', { version: version('c2'), textChanged: true });
    });
    expect(changes).toEqual([
      { kind: 'blockChanged', change },
      { kind: 'versionAdded', added: { version: version('c2'), textChanged: true } },
    ]);
  });

  it('joins again after a reconnect with the newest version seen, and hands over what was missed', async () => {
    const missed = [version('c4'), version('c3')];
    const fake = memoryHub([joined(), joined({ headCommitId: 'c4', missed })]);
    const { changes, rendered } = await openDocument(fake.hub, 'c1');
    act(() => fake.send('VersionAdded', 'guidance', { version: version('c2'), textChanged: true }));
    act(() => fake.drop());
    expect(rendered.result.current.state).toBe('reconnecting');
    await act(async () => fake.restore());
    expect(fake.calls.at(-1)).toEqual(['JoinDocument', 'guidance', 'c2']);
    expect(changes.at(-1)).toEqual({ kind: 'caughtUp', missed: [version('c3'), version('c4')], truncated: false });
    expect(rendered.result.current.state).toBe('reconnected');
  });

  it('does not treat the versions of a first join without a loaded version as missed', async () => {
    const fake = memoryHub([joined({ missed: [version('c1')], missedTruncated: true })]);
    const { changes } = await openDocument(fake.hub, null);
    expect(fake.calls[0]).toEqual(['JoinDocument', 'guidance', null]);
    expect(changes).toEqual([]);
  });

  it('tells the hub the section being read once scrolling settles', async () => {
    vi.useFakeTimers();
    try {
      const fake = memoryHub([joined()]);
      const live = new LiveConnection(fake.hub);
      await live.start();
      const wrapper = ({ children }: { children: ReactNode }) => <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
      const { rerender } = renderHook(
        ({ sectionId }: { sectionId: string | null }) =>
          useLiveDocument('guidance', { loadedHeadCommitId: 'c1', sectionId, onChange: () => undefined }),
        { wrapper, initialProps: { sectionId: 'h-intro' } },
      );
      rerender({ sectionId: 'h-data' });
      await act(async () => {
        await vi.advanceTimersByTimeAsync(2000);
      });
      const presence = fake.calls.filter((call) => call[0] === 'UpdatePresence');
      expect(presence).toEqual([['UpdatePresence', 'guidance', { sectionId: 'h-data', editingBlockId: null }]]);
    } finally {
      vi.useRealTimers();
    }
  });
});
