import type { OutlineEntry } from '../document/outline';
import type { PresenceView } from './types';

/** One other person reading the document, as the presence list shows them. */
export interface PresenceEntry {
  userId: string;
  name: string;
  organisation: string | null;
  /** The heading of the section they read, when it is a heading of the text shown. */
  section: string | null;
}

/** Everyone present except the signed-in person, by name, with the section they read named by its heading. */
export function presenceEntries(
  present: readonly PresenceView[],
  selfUserId: string,
  headingText: ReadonlyMap<string, string>,
): PresenceEntry[] {
  return present
    .filter((person) => person.userId !== selfUserId)
    .map((person) => ({
      userId: person.userId,
      name: person.name,
      organisation: person.organisationName ?? null,
      section: person.sectionId == null ? null : (headingText.get(person.sectionId) ?? null),
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
}

/**
 * People present now who were not before, the signed-in person left out. The first list of a visit
 * (previous null) announces nobody: those people were there already.
 */
export function arrivals(previous: readonly PresenceView[] | null, next: readonly PresenceView[], selfUserId: string): PresenceView[] {
  if (previous === null) return [];
  const before = new Set(previous.map((person) => person.userId));
  return next.filter((person) => person.userId !== selfUserId && !before.has(person.userId));
}

/** Heading text by heading id, from the outline of the version shown. */
export function headingTextById(outline: readonly OutlineEntry[]): Map<string, string> {
  const texts = new Map<string, string>();
  const visit = (entries: readonly OutlineEntry[]) => {
    for (const entry of entries) {
      texts.set(entry.id, entry.text);
      visit(entry.children);
    }
  };
  visit(outline);
  return texts;
}
