import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { LanguageSwitch } from './LanguageSwitch';

export function Header() {
  const { t } = useTranslation();
  const { session, signOut } = useAuth();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="site-name">
          {t('app.name')}
        </Link>
        <div className="site-header-tools">
          <LanguageSwitch />
          {session !== null && (
            <div className="signed-in">
              <p className="signed-in-person">
                <span className="visually-hidden">{t('header.signedInAs')} </span>
                <span className="signed-in-name">{session.person.name}</span>
                <span className="signed-in-organisation">{session.person.organisationName}</span>
              </p>
              <button type="button" className="button button-quiet" onClick={signOut}>
                {t('header.signOut')}
              </button>
            </div>
          )}
        </div>
      </div>
    </header>
  );
}
