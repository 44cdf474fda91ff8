/** The hub connection as the reader sees it. */
export type LiveState = 'connecting' | 'connected' | 'reconnecting' | 'reconnected' | 'offline';

/** What the connection banner says, and whether it offers to try again. */
export interface ConnectionNotice {
  message: 'reconnecting' | 'reconnected' | 'offline' | null;
  retry: boolean;
}

/** How long "Reconnected — you are up to date" stays before the banner clears. */
export const reconnectedNoticeMs = 6000;

export function connectionNotice(state: LiveState): ConnectionNotice {
  switch (state) {
    case 'connecting':
    case 'connected':
      return { message: null, retry: false };
    case 'reconnecting':
      return { message: 'reconnecting', retry: false };
    case 'reconnected':
      return { message: 'reconnected', retry: false };
    case 'offline':
      return { message: 'offline', retry: true };
  }
}

/**
 * The message a hub refusal carries. The server prefixes a HubException's message with the method and
 * "HubException: "; other failures (lost connection) keep their own message.
 */
export function hubErrorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const marker = 'HubException: ';
  const at = text.lastIndexOf(marker);
  return at >= 0 ? text.slice(at + marker.length) : text;
}
