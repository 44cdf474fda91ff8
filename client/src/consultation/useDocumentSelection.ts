import { useCallback, useEffect, useState, type RefObject } from 'react';
import { passageOfSelection, type SelectionResult } from './selectionAnchor';

export interface DocumentSelection {
  result: SelectionResult;
  /** Where the selection ends, relative to the `positionedIn` element: for a button beside it. */
  position: { top: number; left: number } | null;
  clear(): void;
}

const nothing: SelectionResult = { kind: 'none' };

/**
 * Follows the reader's text selection inside `root` (the document's text). A selection that collapses because
 * focus moved elsewhere (e.g. to the "Comment" button) is kept; a click in the text clears it.
 */
export function useDocumentSelection(
  root: RefObject<HTMLElement | null>,
  positionedIn: RefObject<HTMLElement | null>,
  enabled: boolean,
): DocumentSelection {
  const [result, setResult] = useState<SelectionResult>(nothing);
  const [position, setPosition] = useState<DocumentSelection['position']>(null);

  useEffect(() => {
    if (!enabled) {
      setResult(nothing);
      setPosition(null);
      return;
    }
    const update = () => {
      const element = root.current;
      const selection = document.getSelection();
      if (element === null || selection === null) return;
      if (selection.rangeCount === 0 || selection.isCollapsed) {
        if (selection.anchorNode !== null && element.contains(selection.anchorNode)) {
          setResult(nothing);
          setPosition(null);
        }
        return;
      }
      const next = passageOfSelection(element, selection);
      setResult(next);
      const container = positionedIn.current;
      if (next.kind === 'none' || container === null) {
        setPosition(null);
        return;
      }
      const rects = selection.getRangeAt(0).getClientRects();
      const last = rects.length > 0 ? rects[rects.length - 1]! : selection.getRangeAt(0).getBoundingClientRect();
      const frame = container.getBoundingClientRect();
      setPosition({ top: last.bottom - frame.top + container.scrollTop + 4, left: Math.max(0, last.right - frame.left - 24) });
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [root, positionedIn, enabled]);

  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setResult(nothing);
    setPosition(null);
  }, []);

  return { result, position, clear };
}
