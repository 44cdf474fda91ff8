import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../api/redlineTypes';
import type { Tag, VersionInfo } from '../api/types';
import { versionChoices, type VersionChoice } from './versionChoices';

interface VersionChooserProps {
  tags: readonly Tag[];
  versions: readonly VersionInfo[];
  visit: Visit | undefined;
  from: string;
  to: string;
  onCompare(from: string, to: string): void;
}

function Options({ choices }: { choices: readonly VersionChoice[] }) {
  const { t } = useTranslation();
  const groups: { key: VersionChoice['group']; label: string }[] = [
    { key: 'special', label: t('changes.chooser.special') },
    { key: 'circulated', label: t('changes.chooser.circulated') },
    { key: 'history', label: t('changes.chooser.history') },
  ];
  return (
    <>
      {groups.map((group) => {
        const inGroup = choices.filter((choice) => choice.group === group.key);
        return (
          inGroup.length > 0 && (
            <optgroup key={group.key} label={group.label}>
              {inGroup.map((choice) => (
                <option key={`${group.key}-${choice.value}`} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </optgroup>
          )
        );
      })}
    </>
  );
}

/** The two versions to compare: circulated versions by label, versions of the history, the one last seen, the current one. */
export function VersionChooser({ tags, versions, visit, from, to, onCompare }: VersionChooserProps) {
  const { t } = useTranslation();
  const [chosenFrom, setFrom] = useState(from);
  const [chosenTo, setTo] = useState(to);
  const labels = {
    head: t('changes.chooser.head'),
    lastSeen: t('changes.chooser.lastSeen'),
    serverDefault: t('changes.chooser.serverDefault'),
  };
  const fromChoices = versionChoices({ tags, versions, visit, current: chosenFrom, side: 'from', labels });
  const toChoices = versionChoices({ tags, versions, visit, current: chosenTo, side: 'to', labels });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCompare(chosenFrom, chosenTo);
  };
  return (
    <form className="version-chooser" onSubmit={submit}>
      <label>
        {t('changes.chooser.from')}
        <select value={chosenFrom} onChange={(event) => setFrom(event.target.value)}>
          <Options choices={fromChoices} />
        </select>
      </label>
      <label>
        {t('changes.chooser.to')}
        <select value={chosenTo} onChange={(event) => setTo(event.target.value)}>
          <Options choices={toChoices} />
        </select>
      </label>
      <button type="submit" className="button">
        {t('changes.chooser.compare')}
      </button>
    </form>
  );
}
