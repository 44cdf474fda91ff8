import type { ProblemDetails } from './types';

/** A failed API call: the HTTP status (0 when the server could not be reached) and its problem details. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;

  constructor(status: number, problem: ProblemDetails) {
    super(problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** Reads RFC 7807 problem details from a response body; keeps only well-typed fields. */
export function parseProblem(status: number, bodyText: string): ProblemDetails {
  let parsed: unknown;
  try {
    parsed = bodyText === '' ? undefined : JSON.parse(bodyText);
  } catch {
    parsed = undefined;
  }
  if (!isRecord(parsed)) return { status };
  const problem: ProblemDetails = {
    status: typeof parsed.status === 'number' ? parsed.status : status,
  };
  const type = optionalString(parsed.type);
  const title = optionalString(parsed.title);
  const detail = optionalString(parsed.detail);
  if (type !== undefined) problem.type = type;
  if (title !== undefined) problem.title = title;
  if (detail !== undefined) problem.detail = detail;
  return problem;
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Whether trying the same call again may help: the network, timeouts, rate limits and server faults. */
export function isRetryable(error: unknown): boolean {
  if (!isApiError(error)) return true;
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}
