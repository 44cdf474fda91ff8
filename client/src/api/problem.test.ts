import { describe, expect, it } from 'vitest';
import { ApiError, isRetryable, parseProblem } from './problem';

describe('parseProblem', () => {
  it('reads the fields of RFC 7807 problem details', () => {
    const body = JSON.stringify({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.10',
      title: 'A circulated version with this name exists',
      status: 409,
      detail: 'Choose another label.',
    });
    expect(parseProblem(409, body)).toEqual({
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.10',
      title: 'A circulated version with this name exists',
      status: 409,
      detail: 'Choose another label.',
    });
  });

  it('keeps only the status when the body is not problem details', () => {
    expect(parseProblem(502, '<html>Bad gateway</html>')).toEqual({ status: 502 });
    expect(parseProblem(500, '')).toEqual({ status: 500 });
    expect(parseProblem(400, '["x"]')).toEqual({ status: 400 });
  });

  it('drops fields of the wrong type or empty', () => {
    expect(parseProblem(400, JSON.stringify({ title: 42, detail: ' ', status: '400' }))).toEqual({ status: 400 });
  });
});

describe('ApiError', () => {
  it('uses the problem title as its message', () => {
    const error = new ApiError(403, { status: 403, title: 'Forbidden' });
    expect(error.message).toBe('Forbidden');
    expect(new ApiError(500, { status: 500 }).message).toBe('HTTP 500');
  });
});

describe('isRetryable', () => {
  it('offers a retry for network trouble, rate limits and server faults', () => {
    expect([0, 408, 429, 500, 503].map((status) => isRetryable(new ApiError(status, { status })))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('does not offer one when the answer would be the same', () => {
    expect([400, 403, 404, 409].map((status) => isRetryable(new ApiError(status, { status })))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
