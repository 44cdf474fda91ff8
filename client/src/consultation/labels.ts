import { useTranslation } from 'react-i18next';
import type { AnchorStatus, CommentType, Disposition, RoundPhase, ThreadStatus } from '../api/types';

/** Names for the consultation enums the server sends; an unknown value shows as sent. */
export interface ConsultationLabels {
  phase(phase: RoundPhase): string;
  type(type: CommentType): string;
  status(status: ThreadStatus): string;
  /** A disposition, or "Undecided" (the matrix's key for rows without a decision). */
  disposition(disposition: Disposition | 'Undecided' | string): string;
  anchor(status: AnchorStatus): string;
}

export function useConsultationLabels(): ConsultationLabels {
  const { t } = useTranslation();
  const phases: Record<string, string> = {
    Scheduled: t('consultation.phase.scheduled'),
    Open: t('consultation.phase.open'),
    Closed: t('consultation.phase.closed'),
  };
  const types: Record<string, string> = {
    General: t('consultation.type.general'),
    Substantive: t('consultation.type.substantive'),
    Editorial: t('consultation.type.editorial'),
  };
  const statuses: Record<string, string> = {
    Open: t('consultation.status.open'),
    Resolved: t('consultation.status.resolved'),
  };
  const dispositions: Record<string, string> = {
    Accepted: t('consultation.disposition.accepted'),
    AcceptedInPart: t('consultation.disposition.acceptedInPart'),
    Noted: t('consultation.disposition.noted'),
    NotAccepted: t('consultation.disposition.notAccepted'),
    Undecided: t('consultation.disposition.undecided'),
  };
  const anchors: Record<string, string> = {
    Exact: t('consultation.anchor.exact'),
    Moved: t('consultation.anchor.moved'),
    Fuzzy: t('consultation.anchor.fuzzy'),
    Orphaned: t('consultation.anchor.orphaned'),
  };
  return {
    phase: (phase) => phases[phase] ?? phase,
    type: (type) => types[type] ?? type,
    status: (status) => statuses[status] ?? status,
    disposition: (disposition) => dispositions[disposition] ?? disposition,
    anchor: (status) => anchors[status] ?? status,
  };
}
