// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Block } from '../api/types';
import { OfflineError, type LiveConnection } from '../live/LiveConnection';
import type { StructureResultView } from './types';
import { useBlockStructure } from './useBlockStructure';

const block: Block = { id: 'p-2', type: 'paragraph', revision: 'a1b2c3d4e5f6', content: [{ type: 'text', text: 'Budgets follow the plan.' }] };
const result: StructureResultView = {
  version: { commitId: 'c2', parentId: 'c1', when: '2026-11-23T10:00:00Z', authorId: 'ana-moreno', authorName: 'Ana Moreno', organisation: 'Panama', message: 'Move a block', tags: [] },
  blockIds: ['p-2'],
};

function setUp(call: (method: string, ...args: unknown[]) => Promise<unknown>) {
  const live = { call: vi.fn(call) } as unknown as LiveConnection;
  const onDone = vi.fn();
  const onRefused = vi.fn();
  const hook = renderHook(() => useBlockStructure({ documentId: 'guidance', live, onDone, onRefused }));
  return { live, onDone, onRefused, hook };
}

describe('useBlockStructure', () => {
  it('sends the revision the page shows and reports the stored change', async () => {
    const { live, onDone, hook } = setUp(() => Promise.resolve(result));
    await act(() => hook.result.current.move(block, 'up', 'p-0'));
    expect(live.call).toHaveBeenCalledWith('MoveBlock', 'guidance', { blockId: 'p-2', revision: 'a1b2c3d4e5f6', afterBlockId: 'p-0' });
    expect(onDone).toHaveBeenCalledWith(result, { kind: 'moved', block, direction: 'up' });
    expect(hook.result.current.error).toBeNull();
  });

  it('shows a refusal in the server’s words and has the document loaded again', async () => {
    const refusal = new Error(
      "An unexpected error occurred invoking 'SplitBlock' on the server. HubException: Block 'p-2' changed meanwhile; reload it and try again. Nothing was stored.",
    );
    const { onDone, onRefused, hook } = setUp(() => Promise.reject(refusal));
    let stored = true;
    await act(async () => {
      stored = await hook.result.current.split(block, 8);
    });
    expect(stored).toBe(false);
    expect(hook.result.current.error).toBe("Block 'p-2' changed meanwhile; reload it and try again. Nothing was stored.");
    expect(onRefused).toHaveBeenCalledOnce();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('says the connection is down without reloading', async () => {
    const { onRefused, hook } = setUp(() => Promise.reject(new OfflineError()));
    await act(() => hook.result.current.mergeWithNext(block));
    expect(hook.result.current.offline).toBe(true);
    expect(hook.result.current.error).toBeNull();
    expect(onRefused).not.toHaveBeenCalled();
  });

  it('sends one change at a time', async () => {
    let finish: (value: unknown) => void = () => undefined;
    const { live, hook } = setUp(() => new Promise((resolve) => (finish = resolve)));
    let first: Promise<boolean> = Promise.resolve(false);
    act(() => {
      first = hook.result.current.remove(block, null);
    });
    expect(hook.result.current.busy).toBe(true);
    let second = true;
    await act(async () => {
      second = await hook.result.current.remove(block, null);
    });
    expect(second).toBe(false);
    await act(async () => {
      finish(result);
      await first;
    });
    expect(live.call).toHaveBeenCalledOnce();
    expect(hook.result.current.busy).toBe(false);
  });
});
