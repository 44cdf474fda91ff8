import { describe, expect, it } from 'vitest';
import type { RedlineBlock, RedlineSegment, Stamp } from '../api/redlineTypes';
import {
  changesLink,
  contextBefore,
  formatChange,
  groupSegments,
  isChange,
  listChanges,
  parseChangesQuery,
  plainText,
  sideSegments,
  stepChange,
} from './changesModel';

const stamp = (commitId: string): Stamp => ({
  commitId,
  authorId: 'u1',
  authorName: 'Ana Rojas',
  organisation: 'Chile',
  when: '2026-02-01T10:00:00Z',
  message: 'Revise',
});
const equal = (text: string): RedlineSegment => ({ kind: 'Equal', text });
const inserted = (text: string, by?: Stamp): RedlineSegment => ({ kind: 'Inserted', text, ...(by && { by }) });
const deleted = (text: string, by?: Stamp): RedlineSegment => ({ kind: 'Deleted', text, ...(by && { by }) });
const block = (fields: Partial<RedlineBlock> & Pick<RedlineBlock, 'blockId'>): RedlineBlock => ({
  change: 'Unchanged',
  kind: 'paragraph',
  kindChanged: false,
  capped: false,
  segments: [],
  ...fields,
});

describe('changes query', () => {
  it('reads from, to and a known view, and falls back to the inline view', () => {
    expect(parseChangesQuery(new URLSearchParams('from=v1&to=abc1234&view=side'))).toEqual({ from: 'v1', to: 'abc1234', view: 'side' });
    expect(parseChangesQuery(new URLSearchParams('view=nonsense&from='))).toEqual({ view: 'inline' });
  });

  it('builds the address back, leaving out the inline view', () => {
    expect(changesLink('doc 1', { from: 'v1', view: 'inline' })).toBe('/documents/doc%201/changes?from=v1');
    expect(changesLink('doc', { from: 'a', to: 'b', view: 'list' })).toBe('/documents/doc/changes?from=a&to=b&view=list');
    expect(changesLink('doc')).toBe('/documents/doc/changes');
  });
});

describe('sides', () => {
  const segments = [equal('Support '), deleted('victims'), inserted('survivors'), equal(' now')];

  it('leaves insertions out of the old text and deletions out of the new', () => {
    expect(sideSegments(segments, 'old').map((s) => s.text)).toEqual(['Support ', 'victims', ' now']);
    expect(plainText(segments, 'new')).toBe('Support survivors now');
  });

  it('counts a line break as a space in plain text', () => {
    expect(plainText([equal('a'), { kind: 'Equal', text: '', lineBreak: true }, equal('b')], 'new')).toBe('a b');
  });
});

describe('isChange', () => {
  it('ignores an unchanged block and finds word, kind, row and block changes', () => {
    expect(isChange(block({ blockId: 'a', segments: [equal('same')] }))).toBe(false);
    expect(isChange(block({ blockId: 'b', change: 'Changed', segments: [equal('x'), inserted('y')] }))).toBe(true);
    expect(isChange(block({ blockId: 'c', change: 'Changed', kindChanged: true, segments: [equal('x')] }))).toBe(true);
    expect(isChange(block({ blockId: 'd', change: 'Inserted' }))).toBe(true);
    expect(isChange(block({ blockId: 'e', change: 'MovedAway' }))).toBe(true);
    expect(
      isChange(block({ blockId: 't', kind: 'table', change: 'Changed', rows: [{ rowId: 'r', change: 'Inserted', cells: [[equal('1')]] }] })),
    ).toBe(true);
  });
});

describe('formatChange', () => {
  it('names marks added and removed and how the link changed', () => {
    expect(formatChange({ marks: ['bold', 'italic'], oldMarks: ['italic', 'underline'] })).toEqual({
      added: ['bold'],
      removed: ['underline'],
      link: null,
    });
    expect(formatChange({ href: 'https://a.example' }).link).toBe('added');
    expect(formatChange({ oldHref: 'https://a.example' }).link).toBe('removed');
    expect(formatChange({ href: 'https://b.example', oldHref: 'https://a.example' }).link).toBe('changed');
  });
});

describe('listChanges', () => {
  const blocks = [
    block({ blockId: 'h1', kind: 'heading', level: 2, segments: [equal('Victim assistance')] }),
    block({ blockId: 'p1', sectionId: 'h1', segments: [equal('An unchanged paragraph about survivors.')] }),
    block({ blockId: 'p2', sectionId: 'h1', change: 'Changed', segments: [equal('Old '), inserted('new')] }),
    block({ blockId: 'p3', sectionId: 'h1', change: 'Deleted', segments: [deleted('Gone')] }),
  ];

  it('lists each changed block with its section title and the line before it', () => {
    const listed = listChanges(blocks);
    expect(listed.map((c) => c.block.blockId)).toEqual(['p2', 'p3']);
    expect(listed[0]).toMatchObject({ sectionTitle: 'Victim assistance', context: 'An unchanged paragraph about survivors.', index: 2 });
    expect(listed[1]!.context).toBe('Old new');
  });

  it('shortens a long context line and has none at the start', () => {
    const long = block({ blockId: 'x', segments: [equal('word '.repeat(60))] });
    expect(contextBefore([long, blocks[2]!], 1)!.length).toBeLessThanOrEqual(120);
    expect(contextBefore(blocks, 0)).toBeNull();
  });
});

describe('stepChange', () => {
  it('moves forward and back with wrap-around', () => {
    expect(stepChange(null, 3, 1)).toBe(0);
    expect(stepChange(null, 3, -1)).toBe(2);
    expect(stepChange(2, 3, 1)).toBe(0);
    expect(stepChange(0, 3, -1)).toBe(2);
    expect(stepChange(null, 0, 1)).toBeNull();
  });
});

describe('groupSegments', () => {
  it('joins neighbouring insertions of one version and keeps other versions apart', () => {
    const v2 = stamp('v2');
    const v3 = stamp('v3');
    const groups = groupSegments([equal('a'), inserted('b', v2), inserted(' c', v2), inserted('d', v3), deleted('e', v3)]);
    expect(groups.map((g) => g.map((s) => s.text).join(''))).toEqual(['a', 'b c', 'd', 'e']);
  });
});
