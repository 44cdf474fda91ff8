import { describe, expect, it } from 'vitest';
import { DraftStore } from './draftStore';

/** Session storage in memory. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('DraftStore', () => {
  it('keeps a draft per document and block until it is removed', () => {
    const store = new DraftStore(new MemoryStorage());
    store.save('guidance', { blockId: 'p-1', text: 'Plans name one focal point.', baseCommitId: 'c1' });
    store.save('other', { blockId: 'p-1', text: 'Another text.', baseCommitId: 'c7' });
    expect(store.load('guidance', 'p-1')).toEqual({ blockId: 'p-1', text: 'Plans name one focal point.', baseCommitId: 'c1' });
    store.remove('guidance', 'p-1');
    expect(store.load('guidance', 'p-1')).toBeNull();
    expect(store.load('other', 'p-1')?.text).toBe('Another text.');
  });

  it('lists the drafts of one document only', () => {
    const store = new DraftStore(new MemoryStorage());
    store.save('guidance', { blockId: 'p-2', text: 'Second.', baseCommitId: 'c1' });
    store.save('guidance', { blockId: 'p-1', text: 'First.', baseCommitId: 'c1' });
    store.save('guidance-annex', { blockId: 'p-9', text: 'Annex.', baseCommitId: 'c1' });
    expect(store.list('guidance').map((draft) => draft.blockId)).toEqual(['p-1', 'p-2']);
  });

  it('replaces a draft with the newer text', () => {
    const store = new DraftStore(new MemoryStorage());
    store.save('guidance', { blockId: 'p-1', text: 'Plans', baseCommitId: 'c1' });
    store.save('guidance', { blockId: 'p-1', text: 'Plans name', baseCommitId: 'c1' });
    expect(store.list('guidance')).toEqual([{ blockId: 'p-1', text: 'Plans name', baseCommitId: 'c1' }]);
  });

  it('ignores an entry it cannot read', () => {
    const storage = new MemoryStorage();
    storage.setItem('va-drafting.draft:guidance:p-1', '{not json');
    expect(new DraftStore(storage).load('guidance', 'p-1')).toBeNull();
    expect(new DraftStore(storage).list('guidance')).toEqual([]);
  });
});
