import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import '../i18n';
import { formattingLocale } from '../format/dates';
import { deadlineTexts } from './deadline';
import { MatrixSummary } from './MatrixSummary';
import { MatrixTable } from './MatrixTable';
import { RoundBanner } from './RoundBanner';
import { round, matrixRow, thread } from './testData';
import { ThreadList } from './ThreadList';

const inRouter = (element: React.ReactElement) => renderToStaticMarkup(<MemoryRouter>{element}</MemoryRouter>);
const noop = () => undefined;

describe('ThreadList', () => {
  it('shows comment text as plain text, never as markup', () => {
    const html = inRouter(
      <ThreadList
        documentId="doc-1"
        groups={[{ roundId: 'round-1', title: 'Round', threads: [thread({ opening: { ...thread().opening, text: '<b>bold</b> & <script>x</script>' } })] }]}
        onShow={noop}
      />,
    );
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;x&lt;/script&gt;');
    expect(html).not.toContain('<b>bold');
    expect(html).not.toContain('<script>');
  });

  it('shows a proposal as deleted and inserted text with hidden labels', () => {
    const html = inRouter(
      <ThreadList documentId="doc-1" groups={[{ roundId: 'r', title: 'Round', threads: [thread({ proposedReplacement: 'survivors and their families' })] }]} onShow={noop} />,
    );
    expect(html).toMatch(/<del><span class="visually-hidden">deleted <\/span>survivors<\/del>/);
    expect(html).toMatch(/<ins><span class="visually-hidden">inserted <\/span>survivors and their families<\/ins>/);
  });

  it('badges moved, changed and removed passages but not exact ones, and offers no link to a removed passage', () => {
    const html = (anchorStatus: 'Exact' | 'Moved' | 'Orphaned') =>
      inRouter(<ThreadList documentId="doc-1" groups={[{ roundId: 'r', title: 'Round', threads: [thread({ anchorStatus })] }]} onShow={noop} />);
    expect(html('Exact')).not.toContain('badge');
    expect(html('Moved')).toContain('<span class="badge badge-warning">Passage moved</span>');
    expect(html('Moved')).toContain('<button type="button" class="thread-quote link-button">');
    expect(html('Orphaned')).toContain('Passage removed');
    expect(html('Orphaned')).not.toContain('<button');
  });

  it('shows the disposition and response, type, organisation and status', () => {
    const html = inRouter(
      <ThreadList
        documentId="doc-1"
        groups={[
          {
            roundId: 'r',
            title: 'Round',
            threads: [
              thread({
                status: 'Resolved',
                type: 'Editorial',
                decision: { disposition: 'AcceptedInPart', response: 'Kept the first half.', decidedById: 'u9', decidedByName: 'Coordinator', when: '2026-02-01T10:00:00Z' },
              }),
            ],
          },
        ]}
        onShow={noop}
      />,
    );
    expect(html).toContain('Editorial');
    expect(html).toContain('Chile');
    expect(html).toContain('Resolved');
    expect(html).toContain('<strong>Accepted in part</strong> — Kept the first half.');
  });

  it('links each known round to its comment matrix', () => {
    const html = inRouter(<ThreadList documentId="doc-1" groups={[{ roundId: 'r2', title: 'Round', threads: [thread()] }]} onShow={noop} />);
    expect(html).toContain('href="/documents/doc-1/rounds/r2/matrix"');
  });

  it('shows a thread whose null fields the server left out of its JSON', () => {
    const { decision: _d, proposedReplacement: _p, organisationName: _n, organisationId: _o, ...sent } = thread();
    const html = inRouter(<ThreadList documentId="doc-1" groups={[{ roundId: 'r', title: 'Round', threads: [sent] }]} onShow={noop} />);
    expect(html).toContain('Please name survivors first.');
    expect(html).not.toContain('<del>');
    expect(html).not.toContain('thread-decision');
    expect(html).not.toContain('Chile');
  });

  it('says so when there are no comments', () => {
    expect(inRouter(<ThreadList documentId="doc-1" groups={[]} onShow={noop} />)).toContain('There are no comments you can see yet.');
  });
});

describe('RoundBanner', () => {
  it('shows title, phase, deadline with its zone and a link to the matrix', () => {
    const html = inRouter(<RoundBanner documentId="doc-1" round={round({ title: 'Second consultation', closes: '2026-01-30T16:00:00Z' })} />);
    expect(html).toContain('Second consultation');
    expect(html).toContain('Consultation round · Open');
    const locale = formattingLocale('en', typeof navigator === 'undefined' ? [] : navigator.languages);
    const expected = deadlineTexts(new Date('2026-01-30T16:00:00Z'), locale, 'Europe/Zurich');
    expect(html).toContain(`Comments due by <time dateTime="2026-01-30T16:00:00Z">${expected.inRoundZone}</time>`);
    expect(expected.inRoundZone).toMatch(/(17:00|5:00\sPM)/);
    expect(html).toContain('href="/documents/doc-1/rounds/round-1/matrix"');
  });
});

describe('MatrixTable', () => {
  it('has a caption, column and row headers, and a focusable labelled scroll region', () => {
    const html = inRouter(<MatrixTable documentId="doc-1" rows={[matrixRow({ number: 7 })]} caption="Matrix of round 1" />);
    expect(html).toContain('<div class="table-scroll" role="region" aria-label="Comment matrix (scrolls sideways)" tabindex="0">');
    expect(html).toContain('<caption>Matrix of round 1</caption>');
    expect(html.match(/<th scope="col">/g)).toHaveLength(9);
    expect(html).toContain('<th scope="row">7</th>');
  });

  it('shows undecided rows as not yet decided and links the passage in the document', () => {
    const html = inRouter(<MatrixTable documentId="doc-1" rows={[matrixRow({ blockId: 'p 4' })]} caption="c" />);
    expect(html).toContain('Not yet decided');
    expect(html).toContain('href="/documents/doc-1#p%204"');
  });

  it('shows an undecided row whose null fields the server left out of its JSON', () => {
    const { disposition: _d, response: _r, proposedChange: _p, sectionHeading: _s, sectionBlockId: _b, ...sent } = matrixRow();
    const html = inRouter(<MatrixTable documentId="d" rows={[sent]} caption="c" />);
    expect(html).toContain('Not yet decided');
    expect(html).not.toContain('matrix-section');
    expect(html).not.toContain('<del>');
  });

  it('shows comments and responses as plain text', () => {
    const html = inRouter(
      <MatrixTable documentId="d" rows={[matrixRow({ comment: '<img src=x onerror=alert(1)>', response: '<i>ok</i>', disposition: 'Noted' })]} caption="c" />,
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;i&gt;ok&lt;/i&gt;');
    expect(html).toContain('Noted');
  });
});

describe('MatrixSummary', () => {
  it('counts per organisation by name and per disposition by its label, undecided included', () => {
    const html = renderToStaticMarkup(
      <MatrixSummary matrix={{ byOrganisation: { Chile: 3, Lebanon: 1 }, byDisposition: { AcceptedInPart: 2, Undecided: 2 } }} />,
    );
    expect(html).toContain('<dt>Chile</dt><dd>3</dd>');
    expect(html).toContain('<dt>Lebanon</dt><dd>1</dd>');
    expect(html).toContain('<dt>Accepted in part</dt><dd>2</dd>');
    expect(html).toContain('<dt>Not yet decided</dt><dd>2</dd>');
  });
});
