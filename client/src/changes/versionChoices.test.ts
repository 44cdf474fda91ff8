import { describe, expect, it } from 'vitest';
import type { Tag, VersionInfo } from '../api/types';
import { versionChoices } from './versionChoices';

const labels = { head: 'Current version', lastSeen: 'The version I last saw', serverDefault: 'Latest circulated version' };
const tag = (name: string, label: string, when: string): Tag => ({
  name,
  label,
  note: '',
  commitId: `${name}-commit`,
  taggerId: 'u',
  taggerName: 'Coordinator',
  when,
});
const version = (commitId: string, message: string): VersionInfo => ({
  commitId,
  parentId: null,
  when: '2026-03-02T09:00:00Z',
  authorId: 'u',
  authorName: 'A',
  organisation: 'Chile',
  message,
  tags: [],
});

describe('versionChoices', () => {
  const tags = [tag('v1', 'First draft', '2026-01-01T00:00:00Z'), tag('v2', 'Second draft', '2026-02-01T00:00:00Z')];
  const versions = [version('abcdef0123456789', 'Revise section 2'), version('1234567890abcdef', '')];

  it('offers the default, the last seen version, circulated versions newest first and the history on the from side', () => {
    const choices = versionChoices({ tags, versions, visit: { lastSeenCommitId: 'seen123', seenAt: '2026-03-01T00:00:00Z' }, current: '', side: 'from', labels });
    expect(choices.map((c) => c.label)).toEqual([
      'Latest circulated version',
      'The version I last saw',
      'Second draft',
      'First draft',
      'Revise section 2 (2026-03-02, abcdef0)',
      '1234567 (2026-03-02, 1234567)',
    ]);
    expect(choices[1]!.value).toBe('seen123');
  });

  it('offers the current version on the to side and keeps an unknown chosen value', () => {
    const choices = versionChoices({ tags: [], versions: [], visit: undefined, current: 'deadbeef', side: 'to', labels });
    expect(choices).toEqual([
      { value: 'head', label: 'Current version', group: 'special' },
      { value: 'deadbeef', label: 'deadbeef', group: 'history' },
    ]);
  });
});
