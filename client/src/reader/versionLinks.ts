/** Reader addresses: the current text, or the text at one version (commit id). */
export const documentLink = (documentId: string) => `/documents/${encodeURIComponent(documentId)}`;

export const versionLink = (documentId: string, commitId: string) =>
  `${documentLink(documentId)}/versions/${encodeURIComponent(commitId)}`;
