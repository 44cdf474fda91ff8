// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { getVisit, putVisit } from '../api/redlineEndpoints';
import { LastVisitNotice } from './LastVisitNotice';
import { seenAfterMs } from './lastVisit';

vi.mock('../api/redlineEndpoints', () => ({ getVisit: vi.fn(), putVisit: vi.fn() }));

beforeEach(() => {
  vi.useFakeTimers();
  vi.mocked(putVisit).mockResolvedValue(undefined);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.resetAllMocks();
});

const show = () =>
  render(
    <MemoryRouter>
      <LastVisitNotice documentId="doc-1" headCommitId="head999" />
    </MemoryRouter>,
  );

describe('LastVisitNotice', () => {
  it('offers the changes since the version last seen and records the head as seen after a few seconds', async () => {
    vi.mocked(getVisit).mockResolvedValue({ lastSeenCommitId: 'old1234', seenAt: '2026-01-01T00:00:00Z' });
    show();
    await act(async () => {
      await Promise.resolve();
    });
    const link = screen.getByRole('link', { name: 'See the changes since your last visit' });
    expect(link.getAttribute('href')).toBe('/documents/doc-1/changes?from=old1234');
    expect(putVisit).not.toHaveBeenCalled();
    await act(async () => {
      vi.advanceTimersByTime(seenAfterMs);
    });
    expect(putVisit).toHaveBeenCalledWith('doc-1', 'head999');
  });

  it('shows nothing on a first visit', async () => {
    vi.mocked(getVisit).mockResolvedValue(undefined);
    const { container } = show();
    await act(async () => {
      await Promise.resolve();
    });
    expect(container.textContent).toBe('');
  });

  it('does not record a visit when the page is left before the delay', async () => {
    vi.mocked(getVisit).mockResolvedValue(undefined);
    const { unmount } = show();
    unmount();
    await act(async () => {
      vi.advanceTimersByTime(seenAfterMs * 2);
    });
    expect(putVisit).not.toHaveBeenCalled();
  });
});
