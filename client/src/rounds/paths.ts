/** Addresses of the round administration pages. */
const documentPath = (documentId: string) => `/documents/${encodeURIComponent(documentId)}`;

export const openRoundPath = (documentId: string) => `${documentPath(documentId)}/rounds/new`;

export const questionsPath = (documentId: string, roundId: string) =>
  `${documentPath(documentId)}/rounds/${encodeURIComponent(roundId)}/questions`;

export const focalPointsPath = (documentId: string) => `${documentPath(documentId)}/focal-points`;

/** The reader, scrolled to a section (a heading block). */
export const sectionPath = (documentId: string, blockId: string) => `${documentPath(documentId)}#${encodeURIComponent(blockId)}`;
