import type { AnchorStatus, Block, CommentThread, Round } from '../api/types';

/**
 * The round the reader's banner announces: the open round that opened last, else the scheduled round that
 * opens first, else none (closed rounds are not announced).
 */
export function currentRound(rounds: readonly Round[]): Round | null {
  const byOpens = (a: Round, b: Round) => Date.parse(a.opens) - Date.parse(b.opens);
  const open = rounds.filter((round) => round.phase === 'Open').sort(byOpens);
  if (open.length > 0) return open[open.length - 1]!;
  return rounds.filter((round) => round.phase === 'Scheduled').sort(byOpens)[0] ?? null;
}

export interface RoundThreads {
  roundId: string;
  /** The round's title, or null when the round is not among those listed. */
  title: string | null;
  threads: CommentThread[];
}

/**
 * Threads grouped by round (newest round first, as listed rounds come oldest first), each group in document
 * order: by the position of the anchored block, then the offset in it; threads whose block is gone come last.
 */
export function groupThreadsByRound(
  threads: readonly CommentThread[],
  rounds: readonly Round[],
  blocks: readonly Block[],
): RoundThreads[] {
  const position = new Map(blocks.map((block, index) => [block.id, index]));
  const where = (thread: CommentThread) => position.get(thread.anchor.blockId) ?? Number.MAX_SAFE_INTEGER;
  const ordered = [...threads].sort((a, b) => where(a) - where(b) || a.anchor.start - b.anchor.start);
  const roundOrder = [...rounds].reverse().map((round) => round.id);
  const unknownRounds = [...new Set(ordered.map((t) => t.roundId))].filter((id) => !roundOrder.includes(id));
  return [...roundOrder, ...unknownRounds]
    .map((roundId) => ({
      roundId,
      title: rounds.find((round) => round.id === roundId)?.title ?? null,
      threads: ordered.filter((thread) => thread.roundId === roundId),
    }))
    .filter((group) => group.threads.length > 0);
}

/** Whether the anchor needs a badge: the passage moved, only resembles the quote, or is gone. */
export const anchorNeedsBadge = (status: AnchorStatus) => status !== 'Exact';

export const matrixPath = (documentId: string, roundId: string) =>
  `/documents/${encodeURIComponent(documentId)}/rounds/${encodeURIComponent(roundId)}/matrix`;
