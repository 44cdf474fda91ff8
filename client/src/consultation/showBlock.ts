const highlightClass = 'block-highlight';

/**
 * Scrolls to the block with `data-block-id` = `blockId`, marks it (and only it) as highlighted and moves the
 * keyboard focus there, so that reading continues at the passage. Returns false when the block is not shown.
 */
export function showBlock(root: ParentNode, blockId: string): boolean {
  const target = root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(blockId)}"]`);
  if (target === null) return false;
  for (const marked of root.querySelectorAll(`.${highlightClass}`)) marked.classList.remove(highlightClass);
  target.classList.add(highlightClass);
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return true;
}
