import { describe, expect, it } from 'vitest';
import type { LiveState } from './connectionState';
import { LiveConnection, type DocumentListener, type HubLike } from './LiveConnection';
import { masked, person, version } from './testData';
import type { DocumentEvent, JoinResult } from './types';

/** A hub in memory: records invocations, answers JoinDocument, and lets the test play the server's part. */
class FakeHub implements HubLike {
  readonly calls: unknown[][] = [];
  readonly handlers = new Map<string, (...args: never[]) => void>();
  failStart = false;
  joinAnswer: JoinResult = { headCommitId: 'c9', missed: [], missedTruncated: false, present: [] };
  joinRefusal: Error | null = null;
  private reconnecting: (error?: Error) => void = () => undefined;
  private reconnected: (connectionId?: string) => void = () => undefined;
  private closed: (error?: Error) => void = () => undefined;

  start(): Promise<void> {
    return this.failStart ? Promise.reject(new Error('Failed to complete negotiation with the server')) : Promise.resolve();
  }
  stop(): Promise<void> {
    return Promise.resolve();
  }
  invoke<T>(method: string, ...args: unknown[]): Promise<T> {
    this.calls.push([method, ...args]);
    if (method === 'JoinDocument') {
      return this.joinRefusal !== null ? Promise.reject(this.joinRefusal) : Promise.resolve(this.joinAnswer as T);
    }
    return Promise.resolve(undefined as T);
  }
  on(method: string, handler: (...args: never[]) => void): void {
    this.handlers.set(method, handler);
  }
  onreconnecting(callback: (error?: Error) => void): void {
    this.reconnecting = callback;
  }
  onreconnected(callback: (connectionId?: string) => void): void {
    this.reconnected = callback;
  }
  onclose(callback: (error?: Error) => void): void {
    this.closed = callback;
  }

  send(method: string, ...args: unknown[]): void {
    (this.handlers.get(method) as (...values: unknown[]) => void)(...args);
  }
  drop(): void {
    this.reconnecting(new Error('WebSocket closed'));
  }
  restore(): void {
    this.reconnected('new-connection');
  }
  giveUp(): void {
    this.closed(new Error('Reconnection gave up'));
  }
  methods(): string[] {
    return this.calls.map((call) => call[0] as string);
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function listener(lastSeen: () => string | null = () => 'c1') {
  const joined: [JoinResult, boolean][] = [];
  const failures: string[] = [];
  const events: DocumentEvent[] = [];
  const value: DocumentListener = {
    lastSeenCommitId: lastSeen,
    onJoined: (result, rejoined) => joined.push([result, rejoined]),
    onJoinFailed: (message) => failures.push(message),
    onEvent: (event) => events.push(event),
  };
  return { value, joined, failures, events };
}

describe('LiveConnection', () => {
  it('joins a document opened before the connection is up, once it is, with the last version seen', async () => {
    const hub = new FakeHub();
    const live = new LiveConnection(hub);
    const doc = listener();
    live.join('guidance', doc.value);
    expect(hub.calls).toEqual([]);
    await live.start();
    expect(hub.calls).toEqual([['JoinDocument', 'guidance', 'c1']]);
    expect(doc.joined).toEqual([[hub.joinAnswer, false]]);
    expect(live.state).toBe('connected');
  });

  it('joins again after a reconnect with the newest version seen, and only then says reconnected', async () => {
    const hub = new FakeHub();
    const live = new LiveConnection(hub);
    const states: LiveState[] = [];
    live.subscribe((state) => states.push(state));
    let lastSeen = 'c1';
    const doc = listener(() => lastSeen);
    live.join('guidance', doc.value);
    await live.start();
    hub.drop();
    lastSeen = 'c4';
    hub.restore();
    await settle();
    expect(hub.calls.at(-1)).toEqual(['JoinDocument', 'guidance', 'c4']);
    expect(doc.joined.at(-1)?.[1]).toBe(true);
    expect(states).toEqual(['connected', 'reconnecting', 'reconnected']);
  });

  it('says again which section the person reads after joining again', async () => {
    const hub = new FakeHub();
    const live = new LiveConnection(hub);
    live.join('guidance', listener().value);
    await live.start();
    live.updatePresence('guidance', { sectionId: 'h-data', editingBlockId: null });
    hub.drop();
    hub.restore();
    await settle();
    expect(hub.methods()).toEqual(['JoinDocument', 'UpdatePresence', 'JoinDocument', 'UpdatePresence']);
    expect(hub.calls.at(-1)).toEqual(['UpdatePresence', 'guidance', { sectionId: 'h-data', editingBlockId: null }]);
  });

  it('passes each event to the document it names and to no other', async () => {
    const hub = new FakeHub();
    const live = new LiveConnection(hub);
    const guidance = listener();
    const other = listener();
    live.join('guidance', guidance.value);
    live.join('other', other.value);
    await live.start();
    hub.send('VersionAdded', 'guidance', { version: masked('c2'), textChanged: false });
    hub.send('PresenceChanged', 'guidance', [person('ana-moreno', 'Ana Moreno')]);
    hub.send('ThreadRemoved', 'guidance', 'thread-7');
    expect(guidance.events.map((event) => event.kind)).toEqual(['versionAdded', 'presenceChanged', 'threadRemoved']);
    expect(other.events).toEqual([]);
  });

  it('passes on the total of people present beside the list, the list length when the server sends none', async () => {
    const hub = new FakeHub();
    const live = new LiveConnection(hub);
    const doc = listener();
    live.join('guidance', doc.value);
    await live.start();
    hub.send('PresenceChanged', 'guidance', [person('ana-moreno', 'Ana Moreno')], 240);
    hub.send('PresenceChanged', 'guidance', [person('ana-moreno', 'Ana Moreno')]);
    expect(doc.events).toEqual([
      { kind: 'presenceChanged', present: [person('ana-moreno', 'Ana Moreno')], total: 240 },
      { kind: 'presenceChanged', present: [person('ana-moreno', 'Ana Moreno')], total: 1 },
    ]);
  });

  it('leaves a document on the hub and hears nothing more of it', async () => {
    const hub = new FakeHub();
    const live = new LiveConnection(hub);
    const doc = listener();
    const leave = live.join('guidance', doc.value);
    await live.start();
    leave();
    hub.send('VersionAdded', 'guidance', { version: version('c2'), textChanged: true });
    expect(hub.calls.at(-1)).toEqual(['LeaveDocument', 'guidance']);
    expect(doc.events).toEqual([]);
  });

  it('goes offline when reconnection gives up, and joins again with a retry', async () => {
    const hub = new FakeHub();
    const live = new LiveConnection(hub);
    live.join('guidance', listener().value);
    await live.start();
    hub.giveUp();
    expect(live.state).toBe('offline');
    await live.start();
    expect(live.state).toBe('reconnected');
    expect(hub.methods()).toEqual(['JoinDocument', 'JoinDocument']);
  });

  it('goes offline when the first connection fails, without joining', async () => {
    const hub = new FakeHub();
    hub.failStart = true;
    const live = new LiveConnection(hub);
    live.join('guidance', listener().value);
    await live.start();
    expect(live.state).toBe('offline');
    expect(hub.calls).toEqual([]);
  });

  it('hands the hub’s refusal to the page in the server’s words', async () => {
    const hub = new FakeHub();
    hub.joinRefusal = new Error("An unexpected error occurred invoking 'JoinDocument' on the server. HubException: There is no document 'x'.");
    const live = new LiveConnection(hub);
    const doc = listener();
    live.join('x', doc.value);
    await live.start();
    expect(doc.failures).toEqual(["There is no document 'x'."]);
  });
});
