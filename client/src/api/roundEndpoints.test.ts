import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './problem';
import { closeRound, extendRound, openRound, putAnswer, reopenRound, setFocalPoints } from './roundEndpoints';

interface Sent {
  url: string;
  method: string;
  body: unknown;
}

/** Replaces fetch with one that records each call and answers with `status` and `body`. */
function recordCalls(status = 200, body: unknown = {}): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    sent.push({ url, method: init.method ?? 'GET', body: init.body === null ? null : JSON.parse(String(init.body)) });
    return Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));
  });
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

describe('round administration calls', () => {
  it('opens a round with the request as built by the form', async () => {
    const sent = recordCalls(201);
    await openRound('guidance 1', {
      title: 'Second consultation',
      baseVersion: 'v2',
      closes: '2026-03-30T17:00:00+02:00',
      timeZone: 'Europe/Zurich',
      visibility: 'Closed',
      directSubmission: false,
      questions: [{ text: 'Why?', sectionBlockId: 'h1' }],
    });
    expect(sent).toEqual([
      {
        url: '/api/documents/guidance%201/rounds',
        method: 'POST',
        body: {
          title: 'Second consultation',
          baseVersion: 'v2',
          closes: '2026-03-30T17:00:00+02:00',
          timeZone: 'Europe/Zurich',
          visibility: 'Closed',
          directSubmission: false,
          questions: [{ text: 'Why?', sectionBlockId: 'h1' }],
        },
      },
    ]);
  });

  it('extends, closes and reopens with the new deadline where one is needed', async () => {
    const sent = recordCalls();
    await extendRound('doc', 'r1', '2026-02-06T17:00:00+01:00');
    await closeRound('doc', 'r1');
    await reopenRound('doc', 'r1', '2026-02-20T12:00:00+01:00');
    expect(sent).toEqual([
      { url: '/api/documents/doc/rounds/r1/extend', method: 'POST', body: { closes: '2026-02-06T17:00:00+01:00' } },
      { url: '/api/documents/doc/rounds/r1/close', method: 'POST', body: null },
      { url: '/api/documents/doc/rounds/r1/reopen', method: 'POST', body: { closes: '2026-02-20T12:00:00+01:00' } },
    ]);
  });

  it('saves an answer and a list of focal points with PUT', async () => {
    const sent = recordCalls();
    await putAnswer('doc', 'r1', 'q1', 'Mobile teams.');
    await setFocalPoints('doc', 'albania', ['arben-hoxha', 'elira-dervishi']);
    expect(sent).toEqual([
      { url: '/api/documents/doc/rounds/r1/answers', method: 'PUT', body: { questionId: 'q1', text: 'Mobile teams.' } },
      { url: '/api/documents/doc/focal-points/albania', method: 'PUT', body: { userIds: ['arben-hoxha', 'elira-dervishi'] } },
    ]);
  });

  it('passes on the server refusal as problem details', async () => {
    recordCalls(409, { title: 'The round is closed', status: 409, detail: 'Reopen it to change answers.' });
    const failure = await putAnswer('doc', 'r1', 'q1', 'Late.').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).problem).toEqual({ title: 'The round is closed', status: 409, detail: 'Reopen it to change answers.' });
  });
});
