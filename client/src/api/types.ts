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
  type: 'heading';
  level: number;
  content: Inline[];
}

export interface ParagraphBlock {
  id: string;
  type: 'paragraph';
  content: Inline[];
}

export type ListKind = 'bulleted' | 'numbered';

export interface ListItemBlock {
  id: string;
  type: 'listItem';
  listKind: ListKind;
  level: number;
  content: Inline[];
}

export interface QuoteBlock {
  id: string;
  type: 'quote';
  content: Inline[];
}

export interface TableRow {
  id: string;
  cells: Inline[][];
}

export interface TableBlock {
  id: string;
  type: 'table';
  header: TableRow;
  rows: TableRow[];
}

export interface PlaceholderBlock {
  id: string;
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
