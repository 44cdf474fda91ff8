/** An edit not yet saved: the text typed and the version it was typed on. */
export interface StoredDraft {
  blockId: string;
  text: string;
  baseCommitId: string;
}

const prefix = 'va-drafting.draft:';
const keyOf = (documentId: string, blockId: string) => `${prefix}${documentId}:${blockId}`;

/**
 * Unsaved edits per document and block, kept in the tab's session storage so that they survive a dropped
 * connection (and a reload of the page) until the server has them.
 */
export class DraftStore {
  constructor(private readonly storage: Storage) {}

  save(documentId: string, draft: StoredDraft): void {
    try {
      this.storage.setItem(keyOf(documentId, draft.blockId), JSON.stringify(draft));
    } catch {
      // A full or unavailable storage only loses the safety copy; the editor still holds the text.
    }
  }

  load(documentId: string, blockId: string): StoredDraft | null {
    return parseDraft(this.storage.getItem(keyOf(documentId, blockId)), blockId);
  }

  remove(documentId: string, blockId: string): void {
    this.storage.removeItem(keyOf(documentId, blockId));
  }

  /** Every unsaved edit of a document. */
  list(documentId: string): StoredDraft[] {
    const start = `${prefix}${documentId}:`;
    const drafts: StoredDraft[] = [];
    for (let index = 0; index < this.storage.length; index++) {
      const key = this.storage.key(index);
      if (key === null || !key.startsWith(start)) continue;
      const draft = parseDraft(this.storage.getItem(key), key.slice(start.length));
      if (draft !== null) drafts.push(draft);
    }
    return drafts.sort((a, b) => a.blockId.localeCompare(b.blockId));
  }
}

function parseDraft(json: string | null, blockId: string): StoredDraft | null {
  if (json === null) return null;
  try {
    const value = JSON.parse(json) as Partial<StoredDraft>;
    if (typeof value.text !== 'string' || typeof value.baseCommitId !== 'string') return null;
    return { blockId, text: value.text, baseCommitId: value.baseCommitId };
  } catch {
    return null;
  }
}

/** The tab's draft store, or null where session storage is unavailable. */
export function sessionDraftStore(): DraftStore | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : new DraftStore(sessionStorage);
  } catch {
    return null;
  }
}
