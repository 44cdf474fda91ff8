import { describe, expect, it } from 'vitest';
import { matrixChoices, matrixQuery, parseMatrixFilter, withChosen } from './matrixQuery';

describe('matrixQuery', () => {
  it('is empty without filters', () => {
    expect(matrixQuery({})).toBe('');
  });

  it('names the set filters in a fixed order and escapes their values', () => {
    expect(matrixQuery({ section: 'sec 2', status: 'Open', organisation: 'org&1', type: 'Editorial' })).toBe(
      'organisation=org%261&type=Editorial&status=Open&section=sec+2',
    );
  });
});

describe('parseMatrixFilter', () => {
  it('reads back what matrixQuery wrote', () => {
    const filter = { organisation: 'org-cl', type: 'Substantive', status: 'Resolved', section: 'h-3' } as const;
    expect(parseMatrixFilter(new URLSearchParams(matrixQuery(filter)))).toEqual(filter);
  });

  it('drops unknown types and statuses and empty values', () => {
    expect(parseMatrixFilter(new URLSearchParams('type=Rude&status=Maybe&organisation=&section=s1'))).toEqual({ section: 's1' });
  });
});

describe('matrixChoices', () => {
  it('lists each organisation and section once, in order of appearance, by name', () => {
    const row = (organisationId: string | null, organisationName: string | null, sectionBlockId: string | null, sectionHeading: string | null) => ({
      organisationId,
      organisationName,
      sectionBlockId,
      sectionHeading,
    });
    const choices = matrixChoices([
      row('org-cl', 'Chile', 'h1', 'Introduction'),
      row('org-lb', null, 'h2', 'Data'),
      row('org-cl', 'Chile', 'h2', 'Data'),
      row(null, null, null, null),
      {},
    ]);
    expect(choices.organisations).toEqual([
      { value: 'org-cl', label: 'Chile' },
      { value: 'org-lb', label: 'org-lb' },
    ]);
    expect(choices.sections).toEqual([
      { value: 'h1', label: 'Introduction' },
      { value: 'h2', label: 'Data' },
    ]);
  });
});

describe('withChosen', () => {
  const choices = [{ value: 'org-cl', label: 'Chile' }];

  it('keeps the choices when they name the chosen value or nothing is chosen', () => {
    expect(withChosen(choices, 'org-cl')).toEqual(choices);
    expect(withChosen(choices, undefined)).toEqual(choices);
  });

  it('adds a chosen value the choices do not name, so the select shows it', () => {
    expect(withChosen(choices, 'org-lb')).toEqual([...choices, { value: 'org-lb', label: 'org-lb' }]);
  });
});
