import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import '../i18n';
import type { Answer } from '../api/roundTypes';
import type { AnswerAccess, QuestionAnswers } from './answering';
import { QuestionCard } from './QuestionCard';

const answer = (fields: Partial<Answer>): Answer => ({
  questionId: 'q1',
  organisationId: 'lebanon',
  organisationName: 'Lebanon',
  text: 'Mobile rehabilitation teams visit each district.',
  authorId: 'layla-haddad',
  authorName: 'Layla Haddad',
  updated: '2026-01-12T10:00:00Z',
  ...fields,
});

const card = (access: AnswerAccess, answers: QuestionAnswers, fields: { sectionBlockId?: string; readOnlyReason?: string } = {}) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <QuestionCard
        documentId="doc-1"
        roundId="r1"
        question={{ id: 'q1', text: 'Which services reach rural areas?', ...(fields.sectionBlockId && { sectionBlockId: fields.sectionBlockId }) }}
        number={1}
        sectionTitle={fields.sectionBlockId ? 'Part II. Rehabilitation' : null}
        answers={answers}
        access={access}
        organisationName="Lebanon"
        readOnlyReason={fields.readOnlyReason ?? null}
        onSaved={() => undefined}
      />
    </MemoryRouter>,
  );

describe('QuestionCard', () => {
  it('offers the organisation its answer in a labelled field while the round is open, with who saved it', () => {
    const html = card({ kind: 'edit' }, { own: answer({}), others: [] });
    expect(html).toMatch(/<label for="[^"]+-text">Answer of Lebanon to question 1<\/label><textarea[^>]*>Mobile rehabilitation teams/);
    expect(html).toContain('Save the answer');
    expect(html).toContain('Last saved by Layla Haddad,');
    expect(html).toContain('role="status"');
  });

  it('shows the answer as text with the reason once it can no longer be changed', () => {
    const html = card({ kind: 'readOnly', reason: 'closed' }, { own: answer({}), others: [] }, { readOnlyReason: 'The round is closed.' });
    expect(html).not.toContain('<textarea');
    expect(html).not.toContain('Save the answer');
    expect(html).toContain('<p class="read-only-reason">The round is closed.</p>');
    expect(html).toContain('Mobile rehabilitation teams visit each district.');
  });

  it('lists the answers of other organisations by name and links the section in the reader', () => {
    const html = card(
      { kind: 'none', reason: 'notInvited' },
      { own: null, others: [answer({}), answer({ organisationId: 'iraq', organisationName: 'Iraq', text: 'Clinics.', authorId: 'samir-kareem', authorName: 'Samir Kareem' })] },
      { sectionBlockId: 'h2b' },
    );
    expect(html).not.toContain('<textarea');
    expect(html).toContain('Answers (2)');
    expect(html).toContain('<h4>Lebanon</h4>');
    expect(html).toContain('<h4>Iraq</h4>');
    expect(html).toContain('Last saved by Samir Kareem,');
    expect(html).toMatch(/href="\/documents\/doc-1#h2b"[^>]*>Part II. Rehabilitation<\/a>/);
  });

  it('shows answer text as plain text, never as markup', () => {
    const html = card({ kind: 'none', reason: 'observer' }, { own: null, others: [answer({ text: '<img src=x onerror=alert(1)>' })] });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
  });
});
