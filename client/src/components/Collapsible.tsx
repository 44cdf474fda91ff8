import { useId, useState, type ReactNode } from 'react';

/**
 * A titled region that is always open on wide screens and folds behind a toggle button on narrow
 * ones (the CSS decides which of the title and the button is visible).
 */
export function Collapsible({ title, headingId, children }: { title: string; headingId: string; children: ReactNode }) {
  const contentId = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <h2 id={headingId} className="collapsible-heading">
        <span className="collapsible-title">{title}</span>
        <button
          type="button"
          className="collapsible-toggle"
          aria-expanded={open}
          aria-controls={contentId}
          onClick={() => setOpen((value) => !value)}
        >
          <span>{title}</span>
          <span className="collapsible-icon" aria-hidden="true" />
        </button>
      </h2>
      <div id={contentId} className={open ? 'collapsible-content collapsible-open' : 'collapsible-content'}>
        {children}
      </div>
    </>
  );
}
