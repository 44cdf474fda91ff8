import type { RedlineBlock, RedlineSegment, RedlineView, Stamp } from '../api/redlineTypes';
import type { VersionInfo } from '../api/types';

export const stamp = (fields: Partial<Stamp> = {}): Stamp => ({
  commitId: 'c2',
  authorId: 'u-ana',
  authorName: 'Ana Rojas',
  organisation: 'Chile',
  when: '2026-02-10T09:30:00Z',
  message: 'Name survivors first',
  ...fields,
});

export const equal = (text: string): RedlineSegment => ({ kind: 'Equal', text });
export const inserted = (text: string, by: Stamp | undefined = stamp()): RedlineSegment => ({ kind: 'Inserted', text, ...(by && { by }) });
export const deleted = (text: string, by: Stamp | undefined = stamp()): RedlineSegment => ({ kind: 'Deleted', text, ...(by && { by }) });

export const redlineBlock = (fields: Partial<RedlineBlock> & Pick<RedlineBlock, 'blockId'>): RedlineBlock => ({
  change: 'Unchanged',
  kind: 'paragraph',
  kindChanged: false,
  capped: false,
  segments: [],
  ...fields,
});

const version = (commitId: string, message: string): VersionInfo => ({
  commitId,
  parentId: null,
  when: '2026-02-01T00:00:00Z',
  authorId: 'u-coord',
  authorName: 'Coordinator',
  organisation: 'Switzerland',
  message,
  tags: [],
});

/** A redline with one of each kind of change, as the server sends it. */
export function sampleRedline(): RedlineView {
  const decision = stamp({
    commitId: 'c3',
    authorName: 'Maria Keller',
    organisation: 'Switzerland',
    message: 'Decision on a comment of Lao PDR',
    reason: { threadId: 'thread-7', roundId: 'round-1', organisationName: 'Lao PDR', disposition: 'Accepted' },
  });
  return {
    from: version('c1', 'First draft'),
    to: version('c3', 'Second draft'),
    attributed: true,
    blocks: [
      redlineBlock({ blockId: 'h1', kind: 'heading', level: 1, segments: [equal('Victim assistance')] }),
      redlineBlock({
        blockId: 'p1',
        change: 'Changed',
        sectionId: 'h1',
        segments: [equal('Support '), deleted('victims'), inserted('survivors'), equal(' and families.')],
      }),
      redlineBlock({ blockId: 'p2', change: 'MovedAway', sectionId: 'h1', by: stamp() }),
      redlineBlock({ blockId: 'p3', change: 'Inserted', sectionId: 'h1', by: decision, segments: [inserted('A new paragraph.', decision)] }),
      redlineBlock({
        blockId: 'p2',
        change: 'MovedHere',
        sectionId: 'h1',
        by: stamp(),
        segments: [equal('Moved text with '), { kind: 'FormatChanged', text: 'bold', marks: ['bold'], by: stamp() }, equal(' words.')],
      }),
      redlineBlock({
        blockId: 'h2',
        kind: 'heading',
        level: 3,
        oldKind: 'heading',
        oldLevel: 2,
        kindChanged: true,
        change: 'Changed',
        segments: [equal('National plans')],
      }),
      redlineBlock({ blockId: 'p4', change: 'Deleted', sectionId: 'h2', by: stamp(), segments: [deleted('Old paragraph.')] }),
      redlineBlock({
        blockId: 't1',
        kind: 'table',
        change: 'Changed',
        sectionId: 'h2',
        rows: [
          { rowId: 'r0', change: 'Unchanged', cells: [[equal('State')], [equal('Plan')]] },
          { rowId: 'r1', change: 'Inserted', cells: [[inserted('Chile')], [inserted('2026')]] },
        ],
      }),
    ],
    footnotes: [],
    stats: { changed: 3, inserted: 1, deleted: 1, moved: 1 },
  };
}
