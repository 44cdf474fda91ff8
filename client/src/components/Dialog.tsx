import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface DialogProps {
  open: boolean;
  title: string;
  /** Called whenever the dialog closes; must tolerate being called when already closed. */
  onClose(): void;
  /** While true, Escape and the close button do nothing (e.g. during an upload). */
  busy?: boolean;
  children: ReactNode;
}

/**
 * A modal <dialog>: the browser keeps focus inside it and Escape closes it; on closing, focus goes
 * back to the element that opened it. A control marked `data-initial-focus` receives focus on opening.
 */
export function Dialog({ open, title, onClose, busy = false, children }: DialogProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;
  const busyRef = useRef(busy);
  busyRef.current = busy;

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    if (open && !element.open) {
      opener.current = document.activeElement;
      element.showModal();
      // The browser focuses the first control (the close button); a dialog may name a better starting point.
      element.querySelector<HTMLElement>('[data-initial-focus]')?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  useEffect(() => {
    const element = dialog.current;
    if (element === null) return;
    const onCancel = (event: Event) => {
      event.preventDefault();
      if (!busyRef.current) onCloseRef.current();
    };
    const onClosed = () => {
      const previous = opener.current;
      opener.current = null;
      if (previous instanceof HTMLElement && previous.isConnected) previous.focus();
      // The browser may close the dialog by itself (a repeated Escape); keep the owner in step.
      onCloseRef.current();
    };
    element.addEventListener('cancel', onCancel);
    element.addEventListener('close', onClosed);
    return () => {
      element.removeEventListener('cancel', onCancel);
      element.removeEventListener('close', onClosed);
    };
  }, []);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId}>
      <div className="dialog-header">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <button
          type="button"
          className="button button-quiet dialog-close"
          onClick={onClose}
          disabled={busy}
          aria-label={t('dialog.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {open && <div className="dialog-body">{children}</div>}
    </dialog>
  );
}
