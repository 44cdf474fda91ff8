import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { connectionNotice, hubErrorMessage } from './connectionState';

describe('connectionNotice', () => {
  it('stays quiet while connecting and connected', () => {
    expect(connectionNotice('connecting')).toEqual({ message: null, retry: false });
    expect(connectionNotice('connected')).toEqual({ message: null, retry: false });
  });

  it('says reconnecting and reconnected without a button, and offers a retry only when offline', () => {
    expect(connectionNotice('reconnecting')).toEqual({ message: 'reconnecting', retry: false });
    expect(connectionNotice('reconnected')).toEqual({ message: 'reconnected', retry: false });
    expect(connectionNotice('offline')).toEqual({ message: 'offline', retry: true });
  });

  it('has the banner texts in English', () => {
    expect(i18n.t('live.connection.reconnecting')).toBe('Reconnecting…');
    expect(i18n.t('live.connection.reconnected')).toBe('Reconnected — you are up to date');
    expect(i18n.t('live.connection.offline')).toBe('Offline — changes will appear when the connection returns');
  });
});

describe('hubErrorMessage', () => {
  it('keeps the message of a hub refusal without the method prefix', () => {
    const error = new Error(
      "An unexpected error occurred invoking 'JoinDocument' on the server. HubException: There is no document 'missing'.",
    );
    expect(hubErrorMessage(error)).toBe("There is no document 'missing'.");
  });

  it('keeps any other message whole', () => {
    expect(hubErrorMessage(new Error('Invocation canceled due to the underlying connection being closed.'))).toBe(
      'Invocation canceled due to the underlying connection being closed.',
    );
    expect(hubErrorMessage('offline')).toBe('offline');
  });
});
