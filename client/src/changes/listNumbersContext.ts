import { createContext, useContext } from 'react';
import type { ListNumbers } from './changesModel';

const none: ListNumbers = { old: new Map(), new: new Map() };

/** The list numbers of the redline being shown, for the blocks inside it. */
export const ListNumbersContext = createContext<ListNumbers>(none);

export const useListNumbers = () => useContext(ListNumbersContext);
