import { ApiError, parseProblem } from './problem';

export interface SessionHooks {
  getToken(): string | null;
  onUnauthorized(): void;
}

let session: SessionHooks = {
  getToken: () => null,
  onUnauthorized: () => undefined,
};

/** Connects the API calls to the signed-in session (token source and what to do on 401). */
export function configureApi(hooks: SessionHooks): void {
  session = hooks;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  json?: unknown;
  signal?: AbortSignal;
  /** false for the development sign-in endpoints, which take no token. */
  authenticated?: boolean;
}

function headersFor(authenticated: boolean, hasJsonBody: boolean): Headers {
  const headers = new Headers({ Accept: 'application/json' });
  if (hasJsonBody) headers.set('Content-Type', 'application/json');
  const token = authenticated ? session.getToken() : null;
  if (token !== null) headers.set('Authorization', `Bearer ${token}`);
  return headers;
}

function failure(status: number, bodyText: string, authenticated: boolean): ApiError {
  if (status === 401 && authenticated) session.onUnauthorized();
  return new ApiError(status, parseProblem(status, bodyText));
}

function parseBody<T>(bodyText: string): T {
  return (bodyText === '' ? undefined : JSON.parse(bodyText)) as T;
}

export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const authenticated = options.authenticated ?? true;
  const hasJsonBody = options.json !== undefined;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers: headersFor(authenticated, hasJsonBody),
      body: hasJsonBody ? JSON.stringify(options.json) : null,
      signal: options.signal ?? null,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { status: 0 });
  }
  const bodyText = await response.text();
  if (!response.ok) throw failure(response.status, bodyText, authenticated);
  return parseBody<T>(bodyText);
}

/** Sends a multipart form with upload progress (0–1), which fetch cannot report. */
export function upload<T>(
  path: string,
  form: FormData,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    headersFor(true, false).forEach((value, name) => xhr.setRequestHeader(name, value));
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(parseBody<T>(xhr.responseText));
        } catch {
          reject(new ApiError(xhr.status, { status: xhr.status }));
        }
      } else {
        reject(failure(xhr.status, xhr.responseText, true));
      }
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, { status: 0 })));
    xhr.addEventListener('abort', () => reject(new DOMException('Upload cancelled', 'AbortError')));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}

/** A file the server sent, with the name its Content-Disposition gives. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** The file name of a Content-Disposition header: the UTF-8 `filename*` when present, else `filename`. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (disposition === null) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended?.[1] !== undefined) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/** Fetches a file with the session's token (a plain link cannot carry it). */
export async function download(path: string, fallbackName: string, signal?: AbortSignal): Promise<DownloadedFile> {
  let response: Response;
  try {
    response = await fetch(path, { headers: headersFor(true, false), signal: signal ?? null, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, { status: 0 });
  }
  if (!response.ok) throw failure(response.status, await response.text(), true);
  return { blob: await response.blob(), fileName: fileNameOf(response.headers.get('Content-Disposition'), fallbackName) };
}
