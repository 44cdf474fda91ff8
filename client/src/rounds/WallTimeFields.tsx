import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { WallTime } from './zonedTime';

interface WallTimeFieldsProps {
  /** Id of the date input, so that a form can move focus to it. */
  id: string;
  legend: string;
  hint?: string;
  value: WallTime;
  error?: string | undefined;
  disabled?: boolean;
  onChange(value: WallTime): void;
}

/** A date and a time under one legend, with a hint and the field's error. */
export function WallTimeFields({ id, legend, hint, value, error, disabled = false, onChange }: WallTimeFieldsProps) {
  const { t } = useTranslation();
  const own = useId();
  const hintId = `${own}-hint`;
  const errorId = `${own}-error`;
  const describedBy = [hint !== undefined ? hintId : null, error !== undefined ? errorId : null].filter((x) => x !== null).join(' ');
  return (
    <fieldset className="field wall-time">
      <legend>{legend}</legend>
      {hint !== undefined && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      <div className="wall-time-inputs">
        <div>
          <label htmlFor={id}>{t('roundAdmin.date')}</label>
          <input
            id={id}
            type="date"
            value={value.date}
            disabled={disabled}
            aria-invalid={error !== undefined}
            aria-describedby={describedBy === '' ? undefined : describedBy}
            onChange={(event) => onChange({ ...value, date: event.target.value })}
          />
        </div>
        <div>
          <label htmlFor={`${id}-time`}>{t('roundAdmin.time')}</label>
          <input
            id={`${id}-time`}
            type="time"
            value={value.time}
            disabled={disabled}
            aria-invalid={error !== undefined}
            aria-describedby={describedBy === '' ? undefined : describedBy}
            onChange={(event) => onChange({ ...value, time: event.target.value })}
          />
        </div>
      </div>
      {error !== undefined && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
