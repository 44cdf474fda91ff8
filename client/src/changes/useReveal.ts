import { useState, type FocusEvent, type KeyboardEvent } from 'react';

/**
 * Shows a change's details while the change is hovered or has focus (the details stay reachable by Tab while
 * shown), and hides them on Escape. Hidden details still describe the change through aria-describedby.
 */
export function useReveal() {
  const [shown, setShown] = useState(false);
  return {
    shown,
    handlers: {
      onFocus: () => setShown(true),
      onBlur: (event: FocusEvent<HTMLElement>) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setShown(false);
      },
      onMouseEnter: () => setShown(true),
      onMouseLeave: (event: { currentTarget: HTMLElement }) => {
        if (!event.currentTarget.contains(document.activeElement)) setShown(false);
      },
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (event.key === 'Escape') setShown(false);
      },
    },
  };
}
