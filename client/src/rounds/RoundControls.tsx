import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { closeRound, extendRound, reopenRound } from '../api/roundEndpoints';
import type { DocumentRole, Round } from '../api/types';
import { Dialog } from '../components/Dialog';
import { ProblemMessage } from '../components/ProblemMessage';
import { checkNewDeadline, roundActions, type DeadlineProblem } from './roundActions';
import { WallTimeFields } from './WallTimeFields';
import { entryTimeZone, isoToWallTime, type WallTime } from './zonedTime';
import './rounds.css';

interface RoundControlsProps {
  documentId: string;
  round: Round;
  role: DocumentRole;
  /** Called with the changed round and a sentence saying what changed. */
  onChanged(round: Round, message: string): void;
}

function useDeadlineProblemText(): (problem: DeadlineProblem) => string {
  const { t } = useTranslation();
  const texts: Record<DeadlineProblem, string> = {
    dateMissing: t('roundAdmin.problem.dateMissing'),
    dateInvalid: t('roundAdmin.problem.dateInvalid'),
    timeSkipped: t('roundAdmin.problem.timeSkipped'),
    notAfterCurrent: t('roundAdmin.controls.notAfterCurrent'),
    notInFuture: t('roundAdmin.controls.notInFuture'),
  };
  return (problem) => texts[problem];
}

interface DeadlineFormProps {
  kind: 'extend' | 'reopen';
  documentId: string;
  round: Round;
  onDone(round: Round): void;
  onCancel(): void;
}

/** A new deadline, in the round's own time zone, for extending or reopening the round. */
function DeadlineForm({ kind, documentId, round, onDone, onCancel }: DeadlineFormProps) {
  const { t } = useTranslation();
  const problemText = useDeadlineProblemText();
  const id = useId();
  const zone = entryTimeZone(round.timeZone);
  const [wall, setWall] = useState<WallTime>(() =>
    kind === 'extend' ? (isoToWallTime(round.closes, zone) ?? { date: '', time: '' }) : { date: '', time: '' },
  );
  const [problem, setProblem] = useState<DeadlineProblem | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const check = checkNewDeadline(wall, zone, kind, round, new Date());
    if (!check.ok) {
      setProblem(check.problem);
      document.getElementById(`${id}-date`)?.focus();
      return;
    }
    setProblem(null);
    setSaving(true);
    setError(null);
    try {
      onDone(await (kind === 'extend' ? extendRound(documentId, round.id, check.closes) : reopenRound(documentId, round.id, check.closes)));
    } catch (failure) {
      setError(failure);
      setSaving(false);
    }
  };

  return (
    <form className="round-control-form" noValidate onSubmit={(event) => void submit(event)}>
      <WallTimeFields
        id={`${id}-date`}
        legend={kind === 'extend' ? t('roundAdmin.controls.newDeadline', { zone }) : t('roundAdmin.controls.reopenUntil', { zone })}
        value={wall}
        error={problem === null ? undefined : problemText(problem)}
        disabled={saving}
        onChange={setWall}
      />
      {error !== null && <ProblemMessage error={error} />}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {kind === 'extend' ? t('roundAdmin.controls.saveDeadline') : t('roundAdmin.controls.reopenSubmit')}
        </button>
        <button type="button" className="button" disabled={saving} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function CloseDialog({ documentId, round, open, onClosed, onCancel }: { documentId: string; round: Round; open: boolean; onClosed(round: Round): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirm = async () => {
    setSaving(true);
    setError(null);
    try {
      onClosed(await closeRound(documentId, round.id));
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog open={open} title={t('roundAdmin.controls.closeTitle', { round: round.title })} onClose={onCancel} busy={saving}>
      <p>{t('roundAdmin.controls.closeExplanation')}</p>
      {error !== null && <ProblemMessage error={error} />}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={saving} onClick={() => void confirm()}>
          {t('roundAdmin.controls.closeConfirm')}
        </button>
        <button type="button" className="button" disabled={saving} onClick={onCancel}>
          {t('roundAdmin.controls.keepOpen')}
        </button>
      </div>
    </Dialog>
  );
}

/** Coordinators' controls of a round's deadline: extend it, close the round now, or reopen it with a new deadline. */
export function RoundControls({ documentId, round, role, onChanged }: RoundControlsProps) {
  const { t } = useTranslation();
  const actions = roundActions(role, round.phase);
  const [open, setOpen] = useState<'extend' | 'reopen' | 'close' | null>(null);
  const opener = useRef<HTMLButtonElement | null>(null);
  if (!actions.extend && !actions.close && !actions.reopen) return null;

  const finish = (changed: Round, message: string) => {
    setOpen(null);
    onChanged(changed, message);
  };
  const cancel = () => {
    setOpen(null);
    opener.current?.focus();
  };
  const toggle = (which: 'extend' | 'reopen' | 'close') => (event: React.MouseEvent<HTMLButtonElement>) => {
    opener.current = event.currentTarget;
    setOpen(open === which ? null : which);
  };

  return (
    <div className="round-controls" role="group" aria-label={t('roundAdmin.controls.label', { round: round.title })}>
      <div className="round-controls-actions">
        {actions.extend && (
          <button type="button" className="button" aria-expanded={open === 'extend'} onClick={toggle('extend')}>
            {t('roundAdmin.controls.extend')}
          </button>
        )}
        {actions.close && (
          <button type="button" className="button" onClick={toggle('close')}>
            {t('roundAdmin.controls.close')}
          </button>
        )}
        {actions.reopen && (
          <button type="button" className="button" aria-expanded={open === 'reopen'} onClick={toggle('reopen')}>
            {t('roundAdmin.controls.reopen')}
          </button>
        )}
      </div>
      {(open === 'extend' || open === 'reopen') && (
        <DeadlineForm
          kind={open}
          documentId={documentId}
          round={round}
          onCancel={cancel}
          onDone={(changed) =>
            finish(changed, open === 'extend' ? t('roundAdmin.controls.extended', { round: changed.title }) : t('roundAdmin.controls.reopened', { round: changed.title }))
          }
        />
      )}
      {actions.close && (
        <CloseDialog
          documentId={documentId}
          round={round}
          open={open === 'close'}
          onCancel={() => setOpen(null)}
          onClosed={(changed) => finish(changed, t('roundAdmin.controls.closed', { round: changed.title }))}
        />
      )}
    </div>
  );
}
