import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../i18n';
import type { OrganisationFocalPoints } from '../api/roundTypes';
import { FocalPointsEditor } from './FocalPointsEditor';
import { FocalPointsTable } from './FocalPointsTable';

const albania: OrganisationFocalPoints = {
  organisationId: 'albania',
  organisationName: 'Albania',
  people: [
    { id: 'arben-hoxha', name: 'Arben Hoxha', title: 'National focal point', focalPoint: true },
    { id: 'elira-dervishi', name: 'Elira Dervishi', title: 'Delegate', focalPoint: false },
  ],
};

describe('focal point views', () => {
  it('gives a coordinator a labelled checkbox per person, ticked for focal points, under the organisation', () => {
    const html = renderToStaticMarkup(<FocalPointsEditor documentId="doc-1" organisation={albania} />);
    expect(html).toContain('<legend>Albania</legend>');
    expect(html).toMatch(/<input type="checkbox" checked=""\/> Arben Hoxha is a focal point/);
    expect(html).toMatch(/<input type="checkbox"\/> Elira Dervishi is a focal point/);
    expect(html).toContain('Save the focal points of Albania');
  });

  it('shows everyone else a table with words, not only ticks, and no controls', () => {
    const html = renderToStaticMarkup(<FocalPointsTable organisation={albania} />);
    expect(html).toContain('<caption>Albania</caption>');
    expect(html).toContain('<th scope="row">Arben Hoxha</th><td>National focal point</td><td>Yes</td>');
    expect(html).toContain('<th scope="row">Elira Dervishi</th><td>Delegate</td><td>No</td>');
    expect(html).not.toContain('<input');
    expect(html).not.toContain('<button');
  });
});
