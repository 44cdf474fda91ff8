import type { Answer } from '../api/roundTypes';
import type { CommentThread, Round } from '../api/types';
import type { BlockChanged } from '../editing/types';
import { hubErrorMessage, type LiveState } from './connectionState';
import type { DocumentEvent, JoinResult, PresenceUpdate, PresenceView, VersionAdded } from './types';

/** The part of a SignalR HubConnection this client uses. */
export interface HubLike {
  start(): Promise<void>;
  stop(): Promise<void>;
  invoke<T>(method: string, ...args: unknown[]): Promise<T>;
  on(method: string, handler: (...args: never[]) => void): void;
  onreconnecting(callback: (error?: Error) => void): void;
  onreconnected(callback: (connectionId?: string) => void): void;
  onclose(callback: (error?: Error) => void): void;
}

/** A hub call made while the connection is down. */
export class OfflineError extends Error {
  constructor() {
    super('The connection to the server is down.');
    this.name = 'OfflineError';
  }
}

/** What a page that has a document open hears about it. */
export interface DocumentListener {
  /** The latest commit the page has seen, sent on (re)joining so that the hub answers what was missed. */
  lastSeenCommitId(): string | null;
  onJoined(result: JoinResult, rejoined: boolean): void;
  onJoinFailed(message: string): void;
  onEvent(event: DocumentEvent): void;
}

interface Membership {
  listener: DocumentListener;
  presence: PresenceUpdate | null;
}

/**
 * The documents this tab has open on the hub. Joins each again after a reconnect (or a retry) with the
 * last version it saw, so that the hub answers what was missed meanwhile.
 */
export class LiveConnection {
  private readonly memberships = new Map<string, Membership>();
  private readonly stateListeners = new Set<(state: LiveState) => void>();
  private current: LiveState = 'connecting';
  private connectedOnce = false;
  /** The hub connection is up (the state may still say "reconnecting" while documents are joined again). */
  private open = false;
  private stopped = false;
  private starting: Promise<void> | null = null;

  constructor(private readonly hub: HubLike) {
    hub.on('PresenceChanged', (documentId: string, present: PresenceView[], total?: number) =>
      this.dispatch(documentId, { kind: 'presenceChanged', present, total: total ?? present.length }),
    );
    hub.on('VersionAdded', (documentId: string, added: VersionAdded) => this.dispatch(documentId, { kind: 'versionAdded', added }));
    hub.on('ThreadChanged', (documentId: string, thread: CommentThread) =>
      this.dispatch(documentId, { kind: 'threadChanged', thread }),
    );
    hub.on('ThreadRemoved', (documentId: string, threadId: string) =>
      this.dispatch(documentId, { kind: 'threadRemoved', threadId }),
    );
    hub.on('RoundChanged', (documentId: string, round: Round) => this.dispatch(documentId, { kind: 'roundChanged', round }));
    hub.on('AnswerChanged', (documentId: string, answer: Answer) =>
      this.dispatch(documentId, { kind: 'answerChanged', answer }),
    );
    hub.on('BlockChanged', (documentId: string, change: BlockChanged) =>
      this.dispatch(documentId, { kind: 'blockChanged', change }),
    );
    hub.onreconnecting(() => {
      this.open = false;
      this.setState('reconnecting');
    });
    hub.onreconnected(() => void this.joinAll(true));
    hub.onclose(() => {
      this.open = false;
      this.setState('offline');
    });
  }

  get state(): LiveState {
    return this.current;
  }

  subscribe(listener: (state: LiveState) => void): () => void {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  /** Connects (again, after reconnection gave up) and joins every open document. */
  start(): Promise<void> {
    if (this.stopped || this.open) return Promise.resolve();
    this.starting ??= this.connect().finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  private async connect(): Promise<void> {
    this.setState(this.connectedOnce ? 'reconnecting' : 'connecting');
    try {
      await this.hub.start();
    } catch {
      this.setState('offline');
      return;
    }
    await this.joinAll(this.connectedOnce);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stateListeners.clear();
    this.memberships.clear();
    await this.hub.stop();
  }

  /** Opens a document on the hub (now, or as soon as connected); answers how to leave it. */
  join(documentId: string, listener: DocumentListener): () => void {
    const membership: Membership = { listener, presence: null };
    this.memberships.set(documentId, membership);
    if (this.isConnected()) void this.joinOne(documentId, membership, false);
    return () => {
      if (this.memberships.get(documentId) !== membership) return;
      this.memberships.delete(documentId);
      if (this.isConnected()) this.hub.invoke('LeaveDocument', documentId).catch(() => undefined);
    };
  }

  /** Says which section the person reads; kept, so that it is said again after a reconnect. */
  updatePresence(documentId: string, presence: PresenceUpdate): void {
    const membership = this.memberships.get(documentId);
    if (membership === undefined) return;
    membership.presence = presence;
    if (this.isConnected()) this.sendPresence(documentId, presence);
  }

  /** Calls a hub method; refused at once while the connection is down, so that the caller keeps its work for later. */
  call<T>(method: string, ...args: unknown[]): Promise<T> {
    if (!this.isConnected()) return Promise.reject(new OfflineError());
    return this.hub.invoke<T>(method, ...args);
  }

  private isConnected(): boolean {
    return this.open;
  }

  /** Joins every open document; says "reconnected" only once what was missed has been handed over. */
  private async joinAll(rejoined: boolean): Promise<void> {
    this.open = true;
    this.connectedOnce = true;
    await Promise.all([...this.memberships].map(([documentId, membership]) => this.joinOne(documentId, membership, rejoined)));
    if (this.open) this.setState(rejoined ? 'reconnected' : 'connected');
  }

  private async joinOne(documentId: string, membership: Membership, rejoined: boolean): Promise<void> {
    try {
      const result = await this.hub.invoke<JoinResult>('JoinDocument', documentId, membership.listener.lastSeenCommitId());
      if (this.memberships.get(documentId) !== membership) return;
      membership.listener.onJoined(result, rejoined);
      if (membership.presence !== null) this.sendPresence(documentId, membership.presence);
    } catch (error) {
      if (this.memberships.get(documentId) === membership) membership.listener.onJoinFailed(hubErrorMessage(error));
    }
  }

  private sendPresence(documentId: string, presence: PresenceUpdate): void {
    // A refusal (a section not in the latest version, too many calls) only means others see less.
    this.hub.invoke('UpdatePresence', documentId, presence).catch(() => undefined);
  }

  private dispatch(documentId: string, event: DocumentEvent): void {
    this.memberships.get(documentId)?.listener.onEvent(event);
  }

  private setState(state: LiveState): void {
    if (this.stopped || state === this.current) return;
    this.current = state;
    for (const listener of this.stateListeners) listener(state);
  }
}
