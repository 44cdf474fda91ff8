import type { Visit } from '../api/redlineTypes';
import type { Tag, VersionInfo } from '../api/types';

export interface VersionChoice {
  value: string;
  label: string;
  group: 'special' | 'circulated' | 'history';
}

interface ChoiceInput {
  tags: readonly Tag[];
  versions: readonly VersionInfo[];
  visit: Visit | undefined;
  /** The value chosen now; kept as a choice even when it is none of the others (e.g. a commit typed in the address). */
  current: string;
  side: 'from' | 'to';
  labels: { head: string; lastSeen: string; serverDefault: string };
}

const shortId = (commitId: string) => commitId.slice(0, 7);

/** The versions one side of the comparison offers; "" stands for the server's default (from: the latest circulated one). */
export function versionChoices({ tags, versions, visit, current, side, labels }: ChoiceInput): VersionChoice[] {
  const special: VersionChoice[] =
    side === 'to'
      ? [{ value: 'head', label: labels.head, group: 'special' }]
      : [
          { value: '', label: labels.serverDefault, group: 'special' },
          ...(visit !== undefined ? [{ value: visit.lastSeenCommitId, label: labels.lastSeen, group: 'special' as const }] : []),
        ];
  const circulated = [...tags]
    .sort((a, b) => Date.parse(b.when) - Date.parse(a.when))
    .map((tag): VersionChoice => ({ value: tag.name, label: tag.label, group: 'circulated' }));
  const history = versions.map(
    (version): VersionChoice => ({
      value: version.commitId,
      label: `${version.message === '' ? shortId(version.commitId) : version.message} (${version.when.slice(0, 10)}, ${shortId(version.commitId)})`,
      group: 'history',
    }),
  );
  const all = [...special, ...circulated, ...history];
  const known = all.some((choice) => choice.value === current) || (side === 'to' && current === '');
  return known ? all : [...all, { value: current, label: current, group: 'history' }];
}
