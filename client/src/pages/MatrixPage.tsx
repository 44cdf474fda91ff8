import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { getMatrix, listRounds } from '../api/endpoints';
import { downloadExport } from '../api/exportEndpoints';
import type { MatrixFilter } from '../api/types';
import { AppShell } from '../components/AppShell';
import { ExportMenu } from '../components/ExportMenu';
import { ProblemMessage } from '../components/ProblemMessage';
import { useConsultationLabels } from '../consultation/labels';
import { MatrixSummary } from '../consultation/MatrixSummary';
import { MatrixTable } from '../consultation/MatrixTable';
import {
  allCommentTypes,
  allThreadStatuses,
  matrixChoices,
  matrixQuery,
  parseMatrixFilter,
  withChosen,
  type FilterChoice,
} from '../consultation/matrixQuery';
import { useAsync } from '../hooks/useAsync';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

function FilterSelect(props: { label: string; value: string; choices: readonly FilterChoice[]; onChange(value: string): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="matrix-filter">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{t('matrix.all')}</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Matrix({ documentId, roundId }: { documentId: string; roundId: string }) {
  const { t } = useTranslation();
  const labels = useConsultationLabels();
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => parseMatrixFilter(params), [params]);
  const query = matrixQuery(filter);
  const rounds = useAsync((signal) => listRounds(documentId, signal), [documentId]);
  // The unfiltered matrix names every organisation and section that may be chosen.
  const all = useAsync((signal) => getMatrix(documentId, roundId, {}, signal), [documentId, roundId]);
  const matrix = useAsync((signal) => getMatrix(documentId, roundId, filter, signal), [documentId, roundId, query]);
  const round = rounds.state.status === 'ready' ? rounds.state.data.find((r) => r.id === roundId) : undefined;
  const title = round === undefined ? t('matrix.title') : t('matrix.titleOf', { round: round.title });
  useDocumentTitle(title);
  const choices = matrixChoices(all.state.status === 'ready' ? all.state.data.rows : []);

  const change = (key: keyof MatrixFilter, value: string) => {
    const next: Record<string, string | undefined> = { ...filter, [key]: value === '' ? undefined : value };
    setParams(new URLSearchParams(matrixQuery(next as MatrixFilter)));
  };

  return (
    <main id="main" tabIndex={-1} className="page">
      <p>
        <Link to={`/documents/${encodeURIComponent(documentId)}`}>{t('matrix.backToDocument')}</Link>
      </p>
      <h1>{title}</h1>
      <ExportMenu
        choices={[
          { key: 'review', label: t('export.reviewDocx'), fetchFile: () => downloadExport(documentId, 'review', { round: roundId }) },
          { key: 'matrix-docx', label: t('export.matrixDocx'), fetchFile: () => downloadExport(documentId, 'matrix-docx', { round: roundId }) },
          { key: 'matrix-xlsx', label: t('export.matrixXlsx'), fetchFile: () => downloadExport(documentId, 'matrix-xlsx', { round: roundId }) },
          { key: 'csv', label: t('export.matrixCsv'), fetchFile: () => downloadExport(documentId, 'csv', { round: roundId }) },
        ]}
      />
      <form className="matrix-filters" aria-label={t('matrix.filters')} onSubmit={(event) => event.preventDefault()}>
        <FilterSelect
          label={t('matrix.columnOrganisation')}
          value={filter.organisation ?? ''}
          choices={withChosen(choices.organisations, filter.organisation)}
          onChange={(value) => change('organisation', value)}
        />
        <FilterSelect
          label={t('matrix.columnType')}
          value={filter.type ?? ''}
          choices={allCommentTypes.map((type) => ({ value: type, label: labels.type(type) }))}
          onChange={(value) => change('type', value)}
        />
        <FilterSelect
          label={t('matrix.columnStatus')}
          value={filter.status ?? ''}
          choices={allThreadStatuses.map((status) => ({ value: status, label: labels.status(status) }))}
          onChange={(value) => change('status', value)}
        />
        <FilterSelect
          label={t('matrix.columnSection')}
          value={filter.section ?? ''}
          choices={withChosen(choices.sections, filter.section)}
          onChange={(value) => change('section', value)}
        />
      </form>
      {matrix.state.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {matrix.state.status === 'error' && <ProblemMessage error={matrix.state.error} onRetry={matrix.reload} />}
      {matrix.state.status === 'ready' && (
        <>
          <p role="status">{t('matrix.rowCount', { count: matrix.state.data.rows.length })}</p>
          {matrix.state.data.rows.length > 0 && (
            <>
              <MatrixTable documentId={documentId} rows={matrix.state.data.rows} caption={title} />
              <MatrixSummary matrix={matrix.state.data} />
            </>
          )}
        </>
      )}
    </main>
  );
}

export function MatrixPage() {
  const { t } = useTranslation();
  const { id = '', roundId = '' } = useParams();
  return (
    <AppShell skipLinkLabel={t('layout.skipToMain')}>
      <Matrix key={`${id}/${roundId}`} documentId={id} roundId={roundId} />
    </AppShell>
  );
}
