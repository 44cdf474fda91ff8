/** Shapes of the drafting hub (`/hubs/drafting`): JSON, camelCase, enums as strings, null fields left out. */
import type { Answer } from '../api/roundTypes';
import type { CommentThread, Round, VersionInfo } from '../api/types';
import type { BlockChanged } from '../editing/types';

export const hubPath = '/hubs/drafting';

export interface PresenceView {
  userId: string;
  name: string;
  organisationId?: string | null;
  organisationName?: string | null;
  /** Heading id of the section the person reads, in the latest version. */
  sectionId?: string | null;
  editingBlockId?: string | null;
}

export interface JoinResult {
  headCommitId: string;
  /** Versions after the last one seen, newest first, at most 200. */
  missed: VersionInfo[];
  missedTruncated: boolean;
  /** At most 100 people (those editing first), out of presentTotal. */
  present: PresenceView[];
  presentTotal?: number;
}

export interface VersionAdded {
  version: VersionInfo;
  /** The document text changed (not only consultation records). */
  textChanged: boolean;
}

export interface PresenceUpdate {
  sectionId: string | null;
  editingBlockId: string | null;
}

/** What the hub sends about one document, as the client handles it. */
export type DocumentEvent =
  | { kind: 'presenceChanged'; present: PresenceView[]; total: number }
  | { kind: 'versionAdded'; added: VersionAdded }
  | { kind: 'threadChanged'; thread: CommentThread }
  | { kind: 'threadRemoved'; threadId: string }
  | { kind: 'roundChanged'; round: Round }
  | { kind: 'answerChanged'; answer: Answer }
  | { kind: 'blockChanged'; change: BlockChanged };

/** The author id the hub gives a version whose author is not disclosed to the viewer. */
export const maskedAuthorId = 'participant';
