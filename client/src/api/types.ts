/** Shapes of the VA Drafting HTTP API (JSON, camelCase). */

export type DocumentRole = 'Coordinator' | 'Contributor' | 'Observer';

export interface DevUser {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
  title: string;
}

export interface AccessToken {
  accessToken: string;
  expiresAt: string;
}

export interface Me {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
  /** Optional: when the server says so, it decides whether the import form is offered. */
  canCreateDocuments?: boolean;
}

export interface VersionInfo {
  commitId: string;
  parentId: string | null;
  when: string;
  authorId: string;
  authorName: string;
  organisation: string;
  message: string;
  tags: string[];
}

export interface DocumentSummary {
  id: string;
  title: string;
  symbol: string;
  role: DocumentRole;
  head: VersionInfo;
}

export interface TextInline {
  type: 'text';
  text: string;
  bold?: true;
  italic?: true;
  underline?: true;
  href?: string;
}

export interface FootnoteRefInline {
  type: 'footnoteRef';
  footnoteId: string;
  number: number;
}

export interface LineBreakInline {
  type: 'lineBreak';
}

export type Inline = TextInline | FootnoteRefInline | LineBreakInline;

export interface HeadingBlock {
  id: string;
  /** The block\'s revision at this version, named by structure changes (absent from older servers). */
  revision?: string;
  type: 'heading';
  level: number;
  content: Inline[];
}

export interface ParagraphBlock {
  id: string;
  /** The block\'s revision at this version, named by structure changes (absent from older servers). */
  revision?: string;
  type: 'paragraph';
  content: Inline[];
}

export type ListKind = 'bulleted' | 'numbered';

export interface ListItemBlock {
  id: string;
  /** The block\'s revision at this version, named by structure changes (absent from older servers). */
  revision?: string;
  type: 'listItem';
  listKind: ListKind;
  level: number;
  content: Inline[];
}

export interface QuoteBlock {
  id: string;
  /** The block\'s revision at this version, named by structure changes (absent from older servers). */
  revision?: string;
  type: 'quote';
  content: Inline[];
}

export interface TableRow {
  id: string;
  cells: Inline[][];
}

export interface TableBlock {
  id: string;
  /** The block\'s revision at this version, named by structure changes (absent from older servers). */
  revision?: string;
  type: 'table';
  header: TableRow;
  rows: TableRow[];
}

export interface PlaceholderBlock {
  id: string;
  /** The block\'s revision at this version, named by structure changes (absent from older servers). */
  revision?: string;
  type: 'placeholder';
  kind: string;
  description: string;
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | ListItemBlock
  | QuoteBlock
  | TableBlock
  | PlaceholderBlock;

export interface Footnote {
  id: string;
  number: number;
  content: Inline[];
}

export interface DocumentView {
  id: string;
  title: string;
  symbol: string;
  languages: string[];
  role: DocumentRole;
  version: VersionInfo;
  isHead: boolean;
  blocks: Block[];
  footnotes: Footnote[];
  /** The signed-in person is a focal point of their organisation on this document. */
  focalPoint: boolean;
}

export interface VersionPage {
  items: VersionInfo[];
  page: number;
  pageSize: number;
  hasMore: boolean;
}

export interface Tag {
  name: string;
  label: string;
  note: string;
  commitId: string;
  taggerId: string;
  taggerName: string;
  when: string;
}

export interface UnsupportedItem {
  kind: string;
  description: string;
  blockId: string | null;
}

export interface ImportReport {
  blockCount: number;
  footnoteCount: number;
  unsupported: UnsupportedItem[];
  warnings: string[];
}

export interface CreatedDocument {
  id: string;
  version: VersionInfo;
  report: ImportReport;
}

export interface CreatedVersion {
  version: VersionInfo;
  report: ImportReport;
}

export interface NewTag {
  label: string;
  note: string;
  version?: string;
}

/** RFC 7807 problem details. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
}

export type RoundPhase = 'Scheduled' | 'Open' | 'Closed';
export type RoundVisibility = 'Open' | 'Closed';
export type CommentType = 'General' | 'Substantive' | 'Editorial';
export type ThreadStatus = 'Open' | 'Resolved';
export type ThreadStage = 'Draft' | 'Submitted';
export type Disposition = 'Accepted' | 'AcceptedInPart' | 'Noted' | 'NotAccepted';
export type AnchorStatus = 'Exact' | 'Moved' | 'Fuzzy' | 'Orphaned';

export interface OrganisationRef {
  id: string;
  name: string;
}

export interface RoundQuestion {
  id: string;
  text: string;
  sectionBlockId?: string | null;
}

/** Fields that are null on the server are left out of its JSON, hence optional here. */
export interface Round {
  id: string;
  title: string;
  baseVersion: string;
  opens: string;
  closes: string;
  closedAt?: string | null;
  /** IANA time zone the deadline was set in, e.g. "Europe/Zurich". */
  timeZone: string;
  phase: RoundPhase;
  visibility: RoundVisibility;
  directSubmission: boolean;
  invitedOrganisations: OrganisationRef[];
  questions: RoundQuestion[];
}

export interface Anchor {
  blockId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

export interface Comment {
  id: string;
  authorId: string;
  authorName: string;
  organisationId?: string | null;
  created: string;
  lastChanged: string;
  text: string;
  edited: boolean;
  /** Earlier texts, oldest first; `editedById` is set when someone other than the author changed it. */
  history?: CommentEdit[];
}

export interface CommentEdit {
  when: string;
  previousText: string;
  editedById?: string | null;
}

export interface Decision {
  disposition: Disposition;
  response: string;
  decidedById: string;
  decidedByName: string;
  when: string;
  /** The accepted change was applied to the text. */
  appliedToText?: boolean;
  /** What went into the text when an accepted proposal was applied. */
  appliedText?: string | null;
}

export interface CommentThread {
  id: string;
  roundId: string;
  type: CommentType;
  stage: ThreadStage;
  status: ThreadStatus;
  organisationId?: string | null;
  organisationName?: string | null;
  anchor: Anchor;
  anchorStatus: AnchorStatus;
  opening: Comment;
  replies: Comment[];
  proposedReplacement?: string | null;
  decision?: Decision | null;
  submittedById?: string | null;
  submittedAt?: string | null;
  /** The passage as first quoted, when the thread was attached elsewhere since. */
  originalQuote?: string | null;
}

export interface MatrixRow {
  number: number;
  threadId: string;
  organisationId?: string | null;
  organisationName?: string | null;
  sectionBlockId?: string | null;
  sectionHeading?: string | null;
  blockId: string;
  quote: string;
  anchorStatus: AnchorStatus;
  type: CommentType;
  comment: string;
  proposedChange?: string | null;
  response?: string | null;
  disposition?: Disposition | null;
  status: ThreadStatus;
}

export interface CommentMatrix {
  roundId: string;
  rows: MatrixRow[];
  /** Number of rows per organisation name. */
  byOrganisation: Record<string, number>;
  /** Number of rows per disposition (as its enum name). */
  byDisposition: Record<string, number>;
}

export interface MatrixFilter {
  organisation?: string;
  type?: CommentType;
  status?: ThreadStatus;
  section?: string;
}

export interface NewThreadRequest {
  roundId: string;
  blockId: string;
  start: number;
  end: number;
  type: CommentType;
  text: string;
  /** Absent: no change proposed; empty: delete the passage. */
  proposedReplacement?: string;
  /** True keeps the comment as a draft of the organisation even when it could go to the round at once. */
  draft?: boolean;
}

export interface DecisionRequest {
  disposition: Disposition;
  response: string;
  /** Only with AcceptedInPart: the wording the coordinators apply instead of the proposal. */
  replacement?: string;
}

export interface DecisionOutcome {
  thread: CommentThread;
  version: VersionInfo;
  /** The accepted change was applied to the text as a new version. */
  textChanged: boolean;
}

export interface Organisation {
  id: string;
  name: string;
  kind: string;
  defaultRole: DocumentRole;
}
