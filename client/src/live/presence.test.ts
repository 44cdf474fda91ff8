import { describe, expect, it } from 'vitest';
import { heading } from '../test/builders';
import { buildOutline } from '../document/outline';
import { arrivals, headingTextById, presenceEntries } from './presence';
import { person } from './testData';

const headings = new Map([
  ['h-intro', 'Introduction'],
  ['h-data', 'Data collection'],
]);

describe('presenceEntries', () => {
  it('leaves out the signed-in person and orders people by name, with organisation and section heading', () => {
    const entries = presenceEntries(
      [
        person('tomas-reyes', 'Tomás Reyes', { organisationName: 'Chile', sectionId: 'h-data' }),
        person('me', 'Layla Haddad', { organisationName: 'Lebanon', sectionId: 'h-intro' }),
        person('ana-moreno', 'Ana Moreno', { organisationName: 'Panama', sectionId: 'h-intro' }),
      ],
      'me',
      headings,
    );
    expect(entries).toEqual([
      { userId: 'ana-moreno', name: 'Ana Moreno', organisation: 'Panama', section: 'Introduction' },
      { userId: 'tomas-reyes', name: 'Tomás Reyes', organisation: 'Chile', section: 'Data collection' },
    ]);
  });

  it('shows no section when none is shared or its heading is not in the version shown, and no organisation when there is none', () => {
    const entries = presenceEntries(
      [person('a', 'Ana'), person('b', 'Bea', { sectionId: 'h-gone', organisationName: null })],
      'me',
      headings,
    );
    expect(entries.map((entry) => [entry.organisation, entry.section])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});

describe('arrivals', () => {
  it('announces nobody on the first list of a visit', () => {
    expect(arrivals(null, [person('a', 'Ana')], 'me')).toEqual([]);
  });

  it('announces people who arrived, not those who moved or left, and never the signed-in person', () => {
    const before = [person('a', 'Ana', { sectionId: 'h-intro' }), person('b', 'Bea')];
    const after = [person('a', 'Ana', { sectionId: 'h-data' }), person('c', 'Carlos'), person('me', 'Me')];
    expect(arrivals(before, after, 'me').map((p) => p.userId)).toEqual(['c']);
  });
});

describe('headingTextById', () => {
  it('names every heading of the outline, nested ones included', () => {
    const outline = buildOutline([heading(1, 'Guidance', 'h1'), heading(2, 'Data collection', 'h2')]);
    expect(headingTextById(outline)).toEqual(
      new Map([
        ['h1', 'Guidance'],
        ['h2', 'Data collection'],
      ]),
    );
  });
});
