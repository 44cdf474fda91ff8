/** The reader with one comment thread open. */
export const threadLink = (documentId: string, threadId: string) =>
  `/documents/${encodeURIComponent(documentId)}?thread=${encodeURIComponent(threadId)}`;
