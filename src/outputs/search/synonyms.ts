import type { Synonym } from '../../schemas/taxonomy.ts';
import type { IndexLabels } from './record.ts';
import { standsFor, words } from './text.ts';

/** Something a typed word may also find: other words, or every listing with a taxonomy code. */
export type Expansion = { kind: 'words'; words: string[]; quality: number } | { kind: 'code'; docs: readonly number[]; label: string; quality: number };

export interface SynonymMatch {
  length: number;
  expansions: Expansion[];
}
export interface SynonymTable {
  /** The longest synonym trigger starting at `tokens[at]`, if any. */
  match(tokens: readonly string[], at: number): SynonymMatch | undefined;
}

/** A synonym ranks a little below the word itself. */
export const SYNONYM_QUALITY = 0.6;

type CodeDocs = Record<'categories' | 'audiences' | 'helpsWith', number[][]>;

/**
 * Turn content/taxonomies/synonyms.yml into triggers. An `alsoSearch` item that is a taxonomy
 * code finds every listing with that code; a plain item (no hyphen) is also searched as words.
 * With `twoWay`, the plain items trigger the group's words too ("dementia" finds memory cafés).
 * A typed word triggers a synonym as standsFor says, so "chair" never triggers "choir".
 */
export function buildSynonyms(groups: readonly Synonym[], labels: IndexLabels, docs: CodeDocs, isWord: (word: string) => boolean): SynonymTable {
  const expand = (item: string): Expansion[] => {
    const codes = (['categories', 'audiences', 'helpsWith'] as const).flatMap((taxonomy) => {
      const position = labels[taxonomy].findIndex((term) => term.id === item);
      const term = labels[taxonomy][position];
      return term ? [{ kind: 'code' as const, docs: docs[taxonomy][position] ?? [], label: term.label, quality: SYNONYM_QUALITY }] : [];
    });
    return [...codes, ...(item.includes('-') ? [] : [{ kind: 'words' as const, words: words(item), quality: SYNONYM_QUALITY }])];
  };
  const triggers = new Map<string, { words: string[]; expansions: Expansion[] }>();
  const add = (trigger: string, items: readonly string[]) => {
    const key = words(trigger);
    if (key.length === 0) return;
    const entry = triggers.get(key.join(' ')) ?? { words: key, expansions: [] };
    for (const item of items) {
      if (words(item).join(' ') === key.join(' ') && !labels.categories.concat(labels.audiences, labels.helpsWith).some((term) => term.id === item)) continue;
      entry.expansions.push(...expand(item));
    }
    triggers.set(key.join(' '), entry);
  };
  for (const group of groups) {
    for (const word of group.words) add(word, group.alsoSearch);
    if (group.twoWay) {
      for (const item of group.alsoSearch.filter((value) => !value.includes('-'))) add(item, [...group.words, ...group.alsoSearch.filter((other) => other !== item)]);
    }
  }
  const ordered = [...triggers.values()].sort((a, b) => b.words.length - a.words.length);
  return {
    match(tokens, at) {
      for (const trigger of ordered) {
        if (trigger.words.every((word, offset) => tokens[at + offset] !== undefined && standsFor(tokens[at + offset]!, word, isWord))) {
          return { length: trigger.words.length, expansions: trigger.expansions };
        }
      }
      return undefined;
    },
  };
}
