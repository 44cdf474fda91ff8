/** Shapes of the redline, summary and last-visit endpoints (JSON, camelCase, nulls left out). */
import type { VersionInfo } from './types';

export type BlockChange = 'Unchanged' | 'Changed' | 'Inserted' | 'Deleted' | 'MovedAway' | 'MovedHere';
export type SegmentKind = 'Equal' | 'Inserted' | 'Deleted' | 'FormatChanged';
export type MarkName = 'bold' | 'italic' | 'underline';
export type RedlineBlockKind = 'heading' | 'paragraph' | 'listItem' | 'quote' | 'table' | 'placeholder';

export interface ChangeReason {
  threadId: string;
  roundId: string;
  organisationName: string;
  disposition: string;
}

/** Who made a change, as the history discloses the version to the viewer. */
export interface Stamp {
  commitId: string;
  authorId: string;
  authorName: string;
  organisation?: string;
  when: string;
  message: string;
  reason?: ChangeReason;
}

export interface RedlineSegment {
  kind: SegmentKind;
  text: string;
  marks?: MarkName[];
  href?: string;
  oldMarks?: MarkName[];
  oldHref?: string;
  footnoteId?: string;
  footnoteNumber?: number;
  lineBreak?: boolean;
  by?: Stamp;
}

export interface RedlineRow {
  rowId: string;
  change: BlockChange;
  cells: RedlineSegment[][];
}

export interface RedlineBlock {
  blockId: string;
  change: BlockChange;
  kind: RedlineBlockKind;
  level?: number;
  listKind?: 'bulleted' | 'numbered';
  oldKind?: RedlineBlockKind;
  oldLevel?: number;
  oldListKind?: 'bulleted' | 'numbered';
  sectionId?: string;
  kindChanged: boolean;
  capped: boolean;
  by?: Stamp;
  segments: RedlineSegment[];
  rows?: RedlineRow[];
  placeholder?: { kind: string; description: string };
}

export interface RedlineFootnote {
  footnoteId: string;
  change: BlockChange;
  segments: RedlineSegment[];
  number?: number;
}

export interface RedlineStats {
  changed: number;
  inserted: number;
  deleted: number;
  moved: number;
}

export interface RedlineView {
  from: VersionInfo;
  to: VersionInfo;
  attributed: boolean;
  blocks: RedlineBlock[];
  footnotes: RedlineFootnote[];
  stats: RedlineStats;
}

export interface SectionCounts {
  sectionId?: string;
  title: string;
  changed: number;
  added: number;
  deleted: number;
  moved: number;
}

export interface OrganisationCounts {
  organisationName: string;
  acceptedProposals: number;
  blockIds: string[];
}

export interface ProposalSource {
  commitId: string;
  threadId: string;
  roundId: string;
  organisationName: string;
  disposition: string;
}

export interface ChangeEntry {
  blockId: string;
  sectionId?: string;
  change: BlockChange;
  preview: string;
  by: Stamp[];
  reasons: ProposalSource[];
}

export interface SummaryView {
  from: VersionInfo;
  to: VersionInfo;
  sections: SectionCounts[];
  organisations: OrganisationCounts[];
  changes: ChangeEntry[];
}

export interface Visit {
  lastSeenCommitId: string;
  seenAt: string;
}
