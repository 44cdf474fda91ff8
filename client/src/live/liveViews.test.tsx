// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { ConnectionBanner } from './ConnectionBanner';
import { PresenceList } from './PresenceList';
import { person } from './testData';

afterEach(cleanup);

const headings = new Map([['h-data', 'Data collection']]);

describe('PresenceList', () => {
  it('lists the others present by name and organisation with the section each reads', () => {
    render(
      <PresenceList
        present={[
          person('me', 'Layla Haddad', { organisationName: 'Lebanon' }),
          person('ana-moreno', 'Ana Moreno', { organisationName: 'Panama', sectionId: 'h-data' }),
        ]}
        selfUserId="me"
        headingText={headings}
      />,
    );
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['Ana Moreno (Panama)Reading “Data collection”']);
    expect(screen.getByRole('region', { name: 'Also reading now' })).toBeTruthy();
  });

  it('says so when nobody else is there, and shows nothing before the document is joined', () => {
    const { rerender } = render(<PresenceList present={null} selfUserId="me" headingText={headings} />);
    expect(screen.queryByRole('region')).toBeNull();
    rerender(<PresenceList present={[person('me', 'Layla Haddad')]} selfUserId="me" headingText={headings} />);
    expect(screen.getByText('Nobody else has this document open.')).toBeTruthy();
  });

  it('says how many more people are present than the list shows', () => {
    render(
      <PresenceList
        present={[person('me', 'Layla Haddad'), person('ana-moreno', 'Ana Moreno', { organisationName: 'Panama' })]}
        total={152}
        selfUserId="me"
        headingText={headings}
      />,
    );
    expect(screen.getByText('and 150 other people')).toBeTruthy();
  });

  it('announces a person who opens the document later, not those already there nor someone moving', () => {
    const ana = person('ana-moreno', 'Ana Moreno', { organisationName: 'Panama' });
    const { rerender } = render(<PresenceList present={[ana]} selfUserId="me" headingText={headings} />);
    expect(screen.getByRole('status').textContent).toBe('');
    const tomas = person('tomas-reyes', 'Tomás Reyes', { organisationName: 'Chile' });
    rerender(<PresenceList present={[ana, tomas]} selfUserId="me" headingText={headings} />);
    expect(screen.getByRole('status').textContent).toBe('Tomás Reyes (Chile) opened the document.');
    rerender(<PresenceList present={[{ ...ana, sectionId: 'h-data' }, tomas]} selfUserId="me" headingText={headings} />);
    expect(screen.getByRole('status').textContent).toBe('Tomás Reyes (Chile) opened the document.');
  });
});

describe('ConnectionBanner', () => {
  it('says nothing while connected', () => {
    render(<ConnectionBanner state="connected" joinError={null} onRetry={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says when it is reconnecting, without a button', () => {
    render(<ConnectionBanner state="reconnecting" joinError={null} onRetry={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Reconnecting…');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('offers to connect again once reconnection gave up', async () => {
    const retry = vi.fn();
    render(<ConnectionBanner state="offline" joinError={null} onRetry={retry} />);
    expect(screen.getByRole('status').textContent).toBe('Offline — changes will appear when the connection returns');
    await userEvent.click(screen.getByRole('button', { name: 'Try to connect again' }));
    expect(retry).toHaveBeenCalledTimes(1);
  });

  it('says the page is up to date after reconnecting', () => {
    render(<ConnectionBanner state="reconnected" joinError={null} onRetry={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Reconnected — you are up to date');
  });

  it('explains a refusal to open the document on the hub', () => {
    render(<ConnectionBanner state="connected" joinError="There is no document 'x'." onRetry={() => undefined} />);
    expect(screen.getByRole('status').textContent).toContain("There is no document 'x'.");
  });
});
