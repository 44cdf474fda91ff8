import { useCallback, useEffect, useRef, useState } from 'react';
import type { LiveState } from './connectionState';
import { useLiveConnection } from './LiveProvider';
import type { LiveChange } from './refreshPlan';
import type { PresenceView } from './types';
import { VersionLedger } from './versionLedger';

/** How long the reader stays in a section before others are told (scrolling through passes many). */
export const presenceDebounceMs = 1200;

export interface LiveDocument {
  /** null without a hub connection (before sign-in). */
  state: LiveState | null;
  /** Everyone present, the signed-in person included (at most 100 people); null until joined. */
  present: PresenceView[] | null;
  /** How many people are present in all, some of whom may not be in `present`. */
  presentTotal: number;
  /** Why the hub refused to open the document, if it did. */
  joinError: string | null;
  retry(): void;
}

interface Options {
  /** The latest version the page has loaded, or null when it shows an earlier one. */
  loadedHeadCommitId: string | null;
  /** The heading id of the section being read, in the latest version; null on an earlier version. */
  sectionId: string | null;
  /** The block this coordinator edits (the soft lock others see), if any. */
  editingBlockId?: string | null;
  onChange(change: LiveChange): void;
}

/**
 * Opens the document on the tab's hub connection while the page shows it: joins with the last version seen
 * (again after every reconnect), passes on each change once per commit, tracks who is present and says
 * which section this person reads.
 */
export function useLiveDocument(documentId: string, options: Options): LiveDocument {
  const live = useLiveConnection();
  const [state, setState] = useState<LiveState | null>(live?.state ?? null);
  const [present, setPresent] = useState<PresenceView[] | null>(null);
  const [presentTotal, setPresentTotal] = useState(0);
  const [joinError, setJoinError] = useState<string | null>(null);
  const onChange = useRef(options.onChange);
  onChange.current = options.onChange;
  const loadedHead = useRef(options.loadedHeadCommitId);
  loadedHead.current = options.loadedHeadCommitId;

  useEffect(() => {
    setState(live?.state ?? null);
    if (live === null) return;
    return live.subscribe(setState);
  }, [live]);

  useEffect(() => {
    if (live === null) return;
    const versions = new VersionLedger(loadedHead.current);
    const leave = live.join(documentId, {
      lastSeenCommitId: () => versions.lastSeenCommitId,
      onJoined: (result) => {
        setJoinError(null);
        setPresent(result.present);
        setPresentTotal(result.presentTotal ?? result.present.length);
        // Without a version to start from (an earlier version is shown) there is nothing to catch up with.
        const hadSeen = versions.lastSeenCommitId !== null;
        const fresh = versions.catchUp(result.headCommitId, result.missed);
        if (hadSeen && (fresh.length > 0 || result.missedTruncated)) {
          onChange.current({ kind: 'caughtUp', missed: fresh, truncated: result.missedTruncated });
        }
      },
      onJoinFailed: setJoinError,
      onEvent: (event) => {
        switch (event.kind) {
          case 'presenceChanged':
            setPresent(event.present);
            setPresentTotal(event.total);
            return;
          case 'versionAdded':
            if (versions.record(event.added.version) === 'new') onChange.current(event);
            return;
          case 'blockChanged':
            onChange.current(event);
            // A block edit's version comes with its BlockChanged only (the server sends no VersionAdded for it).
            if (versions.record(event.change.version) === 'new') {
              onChange.current({ kind: 'versionAdded', added: { version: event.change.version, textChanged: true } });
            }
            return;
          default:
            onChange.current(event);
        }
      },
    });
    return () => {
      leave();
      setPresent(null);
    };
  }, [live, documentId]);

  const editingBlockId = options.editingBlockId ?? null;
  const saidEditing = useRef<string | null>(null);
  useEffect(() => {
    if (live === null) return;
    // Starting or ending an edit is said at once; a section only once scrolling settles.
    const editingMoved = saidEditing.current !== editingBlockId;
    const timer = setTimeout(
      () => {
        saidEditing.current = editingBlockId;
        live.updatePresence(documentId, { sectionId: options.sectionId, editingBlockId });
      },
      editingMoved ? 0 : presenceDebounceMs,
    );
    return () => clearTimeout(timer);
  }, [live, documentId, options.sectionId, editingBlockId]);

  const retry = useCallback(() => void live?.start(), [live]);
  return { state, present, presentTotal, joinError, retry };
}
