import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import '../i18n';
import type { DocumentRole, RoundPhase } from '../api/types';
import { RoundBanner } from '../consultation/RoundBanner';
import { round } from '../consultation/testData';
import { RoundControls } from './RoundControls';
import { RoundsTab } from './RoundsTab';

const inRouter = (element: React.ReactElement) => renderToStaticMarkup(<MemoryRouter>{element}</MemoryRouter>);
const noop = () => undefined;

const controls = (role: DocumentRole, phase: RoundPhase) =>
  inRouter(<RoundControls documentId="doc-1" round={round({ phase })} role={role} onChanged={noop} />);

describe('RoundControls', () => {
  it('offers a coordinator extend and close while the round is open', () => {
    const html = controls('Coordinator', 'Open');
    expect(html).toContain('Extend the deadline');
    expect(html).toContain('Close now');
    expect(html).not.toContain('Reopen with a new deadline');
    expect(html).toContain('role="group" aria-label="Deadline of “Consultation on the revised guidance”"');
  });

  it('offers a coordinator only an extension before the round opens, and only reopening once closed', () => {
    expect(controls('Coordinator', 'Scheduled')).toContain('Extend the deadline');
    expect(controls('Coordinator', 'Scheduled')).not.toContain('Close now');
    const closed = controls('Coordinator', 'Closed');
    expect(closed).toContain('Reopen with a new deadline');
    expect(closed).not.toContain('Extend the deadline');
    expect(closed).not.toContain('Close now');
  });

  it('shows contributors and observers no controls at all', () => {
    for (const phase of ['Scheduled', 'Open', 'Closed'] as const) {
      expect(controls('Contributor', phase)).toBe('');
      expect(controls('Observer', phase)).toBe('');
    }
  });

  it('keeps the confirmation of closing out of the page until asked for', () => {
    const html = controls('Coordinator', 'Open');
    expect(html).toContain('<dialog');
    expect(html).not.toContain('Close the round');
  });
});

describe('RoundsTab', () => {
  const rounds = [
    round({ id: 'r1', title: 'First round', phase: 'Closed', closedAt: '2026-01-20T10:00:00Z', questions: [] }),
    round({ id: 'r2', title: 'Second round', phase: 'Open', questions: [{ id: 'q1', text: 'Why?' }, { id: 'q2', text: 'How?' }] }),
  ];

  it('lists the newest round first with its questions link, its matrix and an early closing', () => {
    const html = inRouter(<RoundsTab documentId="doc-1" role="Contributor" rounds={rounds} onChanged={noop} />);
    expect(html.indexOf('Second round')).toBeLessThan(html.indexOf('First round'));
    expect(html).toContain('href="/documents/doc-1/rounds/r2/questions"');
    expect(html).toContain('Questions and answers (2 questions)');
    expect(html).not.toContain('href="/documents/doc-1/rounds/r1/questions"');
    expect(html).toContain('href="/documents/doc-1/rounds/r1/matrix"');
    expect(html).toContain('Closed early by the coordinators:');
    expect(html).not.toContain('Open a consultation round');
    expect(html).not.toContain('Extend the deadline');
  });

  it('offers coordinators a new round and the controls of each round', () => {
    const html = inRouter(<RoundsTab documentId="doc-1" role="Coordinator" rounds={rounds} onChanged={noop} />);
    expect(html).toContain('href="/documents/doc-1/rounds/new"');
    expect(html).toContain('Reopen with a new deadline');
    expect(html).toContain('Close now');
  });

  it('says so when there is no round', () => {
    expect(inRouter(<RoundsTab documentId="doc-1" role="Observer" rounds={[]} onChanged={noop} />)).toContain('No consultation round has been opened');
  });
});

describe('RoundBanner', () => {
  it('links to the questions when the round has some, and shows what it is given below', () => {
    const html = inRouter(
      <RoundBanner documentId="doc-1" round={round({ questions: [{ id: 'q1', text: 'Why?' }] })}>
        <p>controls here</p>
      </RoundBanner>,
    );
    expect(html).toContain('href="/documents/doc-1/rounds/round-1/questions"');
    expect(html).toContain('Questions and answers (1 question)');
    expect(html).toContain('<p>controls here</p>');
    expect(inRouter(<RoundBanner documentId="doc-1" round={round()} />)).not.toContain('/questions');
  });
});

describe('RoundDeadline in the Rounds tab', () => {
  it('shows when a scheduled round opens as well as its deadline', () => {
    const html = inRouter(
      <RoundsTab documentId="doc-1" role="Observer" rounds={[round({ phase: 'Scheduled', opens: '2026-02-01T08:00:00Z' })]} onChanged={noop} />,
    );
    expect(html).toContain('Opens: <time dateTime="2026-02-01T08:00:00Z">');
    expect(html).toContain('Deadline: <time dateTime="2026-01-30T16:00:00Z">');
    expect(inRouter(<RoundsTab documentId="doc-1" role="Observer" rounds={[round()]} onChanged={noop} />)).not.toContain('Opens:');
  });
});
