// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { exportPath } from '../api/exportEndpoints';
import { fileNameOf } from '../api/http';
import { ApiError } from '../api/problem';
import { ExportMenu } from './ExportMenu';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('fileNameOf', () => {
  it('prefers the UTF-8 name, falls back to the plain one and then to the given name', () => {
    expect(fileNameOf(`attachment; filename=plain.docx; filename*=UTF-8''CCM%2FMSP-redline.docx`, 'x')).toBe('CCM/MSP-redline.docx');
    expect(fileNameOf('attachment; filename="guidance-text-v1.docx"', 'x')).toBe('guidance-text-v1.docx');
    expect(fileNameOf(null, 'fallback.docx')).toBe('fallback.docx');
    expect(fileNameOf(`attachment; filename*=UTF-8''%E0%A4%A; filename=safe.docx`, 'x')).toBe('safe.docx');
  });
});

describe('exportPath', () => {
  it('puts the format and only the versions given in the query', () => {
    expect(exportPath('guidance-va', 'redline', { from: 'v1', to: '' })).toBe('/api/documents/guidance-va/export?format=redline&from=v1');
    expect(exportPath('a b', 'docx', { version: 'abc1234' })).toBe('/api/documents/a%20b/export?format=docx&version=abc1234');
    expect(exportPath('guidance-va', 'review', { round: 'round001' })).toBe('/api/documents/guidance-va/export?format=review&round=round001');
  });
});

describe('ExportMenu', () => {
  const file = { blob: new Blob(['PK']), fileName: 'guidance-text-v1.docx' };

  it('opens with its button, downloads the chosen file under its name and announces it', async () => {
    const user = userEvent.setup();
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:export');
    vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    const fetchFile = vi.fn().mockResolvedValue(file);
    render(<ExportMenu choices={[{ key: 'docx', label: 'Word document', fetchFile }]} />);

    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Word document' }));

    expect(fetchFile).toHaveBeenCalledOnce();
    expect(created).toHaveBeenCalledWith(file.blob);
    expect(clicked).toEqual(['guidance-text-v1.docx']);
    expect(screen.getByRole('status').textContent).toBe('guidance-text-v1.docx is downloaded.');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('shows the server explanation when the file cannot be made, and closes on Escape', async () => {
    const user = userEvent.setup();
    const refusal = new ApiError(503, { status: 503, title: 'Export not available', detail: 'PDF export needs LibreOffice.' });
    render(<ExportMenu choices={[{ key: 'pdf', label: 'PDF', fetchFile: () => Promise.reject(refusal) }]} />);

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'PDF' }));

    expect(screen.getByRole('alert').textContent).toContain('PDF export needs LibreOffice.');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Export' }).getAttribute('aria-expanded')).toBe('false');
  });

  it('says a file is being made while it waits', async () => {
    const user = userEvent.setup();
    let finish: (value: typeof file) => void = () => undefined;
    const pending = new Promise<typeof file>((resolve) => {
      finish = resolve;
    });
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    render(<ExportMenu choices={[{ key: 'docx', label: 'Word document', fetchFile: () => pending }]} />);

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Word document' }));

    const busy = screen.getByRole('button', { name: 'Making Word document…' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    expect((busy as HTMLButtonElement).disabled).toBe(true);
    await act(async () => finish(file));
  });
});
