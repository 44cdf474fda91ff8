import type { Block, Inline, ListItemBlock, ListKind, TextInline } from '../api/types';

let counter = 0;
const nextId = (prefix: string) => `${prefix}${++counter}`;

export const text = (value: string, marks: Partial<Omit<TextInline, 'type' | 'text'>> = {}): TextInline => ({
  type: 'text',
  text: value,
  ...marks,
});

export const heading = (level: number, title: string, id = nextId('h')): Block => ({
  id,
  type: 'heading',
  level,
  content: [text(title)],
});

export const paragraph = (value: string, id = nextId('p')): Block => ({
  id,
  type: 'paragraph',
  content: [text(value)],
});

export const paragraphWith = (content: Inline[], id = nextId('p')): Block => ({ id, type: 'paragraph', content });

export const item = (listKind: ListKind, level: number, value: string, id = nextId('li')): ListItemBlock => ({
  id,
  type: 'listItem',
  listKind,
  level,
  content: [text(value)],
});

export const numbered = (level: number, value: string, id?: string) => item('numbered', level, value, id);
export const bullet = (level: number, value: string, id?: string) => item('bulleted', level, value, id);
