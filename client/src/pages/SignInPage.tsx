import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { createDevToken, getDevUsers } from '../api/endpoints';
import { isApiError } from '../api/problem';
import type { DevUser } from '../api/types';
import { useAuth } from '../auth/AuthContext';
import { returnPath } from '../auth/returnPath';
import { AppShell } from '../components/AppShell';
import { ProblemMessage } from '../components/ProblemMessage';
import { useAsync } from '../hooks/useAsync';
import { useDocumentTitle } from '../hooks/useDocumentTitle';

function ProductionSignIn() {
  const { t } = useTranslation();
  return (
    <div className="notice">
      <p>{t('signIn.productionMessage')}</p>
      <p>{t('signIn.productionContact')}</p>
    </div>
  );
}

function DemoPeople({ people }: { people: DevUser[] }) {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const choose = async (person: DevUser) => {
    setPending(person.id);
    setError(null);
    try {
      const token = await createDevToken(person.id);
      signIn({
        accessToken: token.accessToken,
        expiresAt: token.expiresAt,
        person: {
          id: person.id,
          name: person.name,
          organisationId: person.organisationId,
          organisationName: person.organisationName,
          title: person.title,
        },
      });
      navigate(returnPath(location.state), { replace: true });
    } catch (failure) {
      setError(failure);
      setPending(null);
    }
  };

  if (people.length === 0) return <p>{t('signIn.noPeople')}</p>;
  return (
    <>
      <p>{t('signIn.choosePerson')}</p>
      {error !== null && <ProblemMessage error={error} />}
      <ul className="people">
        {people.map((person) => (
          <li key={person.id}>
            <button
              type="button"
              className="person-card"
              disabled={pending !== null}
              aria-busy={pending === person.id}
              onClick={() => void choose(person)}
            >
              <span className="person-name">{person.name}</span>
              <span className="person-organisation">{person.organisationName}</span>
              <span className="person-title">{person.title}</span>
              {pending === person.id && <span className="person-pending">{t('signIn.signingIn')}</span>}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

export function SignInPage() {
  const { t } = useTranslation();
  const { session } = useAuth();
  const location = useLocation();
  useDocumentTitle(t('signIn.title'));
  const { state, reload } = useAsync((signal) => getDevUsers(signal), []);

  if (session !== null) return <Navigate to={returnPath(location.state)} replace />;

  let content;
  if (state.status === 'loading') content = <p role="status">{t('common.loading')}</p>;
  else if (state.status === 'ready') content = <DemoPeople people={state.data} />;
  else if (isApiError(state.error) && state.error.status === 404) content = <ProductionSignIn />;
  else
    content = (
      <ProblemMessage error={state.error} onRetry={reload} />
    );

  return (
    <AppShell skipLinkLabel={t('layout.skipToMain')}>
      <main id="main" tabIndex={-1} className="page page-narrow">
        <h1>{t('signIn.title')}</h1>
        {content}
      </main>
    </AppShell>
  );
}
