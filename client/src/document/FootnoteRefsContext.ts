import { createContext, useContext } from 'react';
import type { FootnoteRefIds } from './footnoteRefs';

const none: FootnoteRefIds = { idOf: () => undefined, firstRefOf: () => undefined };

export const FootnoteRefsContext = createContext<FootnoteRefIds>(none);

export const useFootnoteRefs = () => useContext(FootnoteRefsContext);
