import type { MouseEvent } from 'react';
import type { OutlineEntry } from './outline';

/** Jumps to the heading and gives it focus, so that reading (and tabbing) continues from there. */
function focusTarget(event: MouseEvent<HTMLAnchorElement>, id: string) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const target = document.getElementById(id);
  if (target === null) return;
  event.preventDefault();
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  history.replaceState(history.state, '', `#${encodeURIComponent(id)}`);
}

/** The document's headings as nested links; the section being read is marked as the current location. */
export function Outline({ entries, activeId }: { entries: readonly OutlineEntry[]; activeId: string | null }) {
  return (
    <ul className="outline-list">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a
            href={`#${encodeURIComponent(entry.id)}`}
            className="outline-link"
            aria-current={entry.id === activeId ? 'location' : undefined}
            onClick={(event) => focusTarget(event, entry.id)}
          >
            {entry.text}
          </a>
          {entry.children.length > 0 && <Outline entries={entry.children} activeId={activeId} />}
        </li>
      ))}
    </ul>
  );
}

