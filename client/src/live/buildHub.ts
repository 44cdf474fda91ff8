import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import type { HubLike } from './LiveConnection';
import { hubPath } from './types';

/** One hub connection per signed-in tab, with the session's token and automatic, stateful reconnects. */
export function buildHub(accessToken: () => string): HubLike {
  return new HubConnectionBuilder()
    .withUrl(hubPath, { accessTokenFactory: accessToken })
    .withAutomaticReconnect()
    .withStatefulReconnect()
    .configureLogging(LogLevel.None)
    .build();
}
