import type { VersionInfo } from '../api/types';
import { maskedAuthorId } from './types';

/** What recording a version did: `new` the first time its commit is seen, `disclosed` when the real author replaces the masked one. */
export type VersionRecord = 'new' | 'disclosed' | 'duplicate';

/**
 * The versions of one document seen over the hub, one per commit. The hub may send a commit twice (masked to
 * everyone, real to the author's organisation); the version whose author is not masked is kept.
 */
export class VersionLedger {
  private readonly byCommit = new Map<string, VersionInfo>();
  private latest: string | null;

  constructor(lastSeenCommitId: string | null = null) {
    this.latest = lastSeenCommitId;
  }

  /** The newest commit seen, to join again with after a reconnect. */
  get lastSeenCommitId(): string | null {
    return this.latest;
  }

  version(commitId: string): VersionInfo | undefined {
    return this.byCommit.get(commitId);
  }

  record(version: VersionInfo): VersionRecord {
    const known = this.byCommit.get(version.commitId);
    if (known === undefined) {
      this.byCommit.set(version.commitId, version);
      this.latest = version.commitId;
      return 'new';
    }
    if (known.authorId === maskedAuthorId && version.authorId !== maskedAuthorId) {
      this.byCommit.set(version.commitId, version);
      return 'disclosed';
    }
    return 'duplicate';
  }

  /** Takes the head the hub answered on joining, and the versions missed (newest first); answers those not seen before, oldest first. */
  catchUp(headCommitId: string, missedNewestFirst: readonly VersionInfo[]): VersionInfo[] {
    const fresh = [...missedNewestFirst].reverse().filter((version) => this.record(version) === 'new');
    this.latest = headCommitId;
    return fresh;
  }
}
