import type { ReactNode } from 'react';
import { Header } from './Header';

/**
 * Skip link, site header and the page. Each page renders its own <main id="main"> so that the
 * reader can put its outline and panel beside it.
 */
export function AppShell({ skipLinkLabel, children }: { skipLinkLabel: string; children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        {skipLinkLabel}
      </a>
      <Header />
      {children}
    </>
  );
}
