/**
 * "My list": a person's shortlist of activities, kept only in this browser's localStorage. It is
 * never put in a web address and never sent anywhere. Plain functions over a Storage, so the
 * listing pages' small button script, the search island and the My list page share them.
 */
export const MY_LIST_KEY = 'directory-my-list-v1';

/** What the add button says, on listing pages and in search results. */
export const LIST_BUTTON = { add: 'Add to my list', remove: 'Remove from my list' } as const;

export interface MyListItem {
  slug: string;
  title: string;
  /** The person's own note, like "Ring Jan on Monday". */
  note: string;
}
export interface MyList {
  items: MyListItem[];
  /** "My next step", for the whole list. */
  nextStep: string;
}

export const EMPTY_LIST: MyList = { items: [], nextStep: '' };

const isItem = (value: unknown): value is MyListItem =>
  typeof value === 'object' && value !== null && typeof (value as MyListItem).slug === 'string' && typeof (value as MyListItem).title === 'string' && typeof (value as MyListItem).note === 'string';

/** The list as stored; anything unreadable (another version, a broken value) reads as empty rather than failing. */
export function readList(storage: Pick<Storage, 'getItem'> | undefined): MyList {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(MY_LIST_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return EMPTY_LIST;
    const { items, nextStep } = parsed as Partial<MyList>;
    return { items: Array.isArray(items) ? items.filter(isItem) : [], nextStep: typeof nextStep === 'string' ? nextStep : '' };
  } catch {
    return EMPTY_LIST;
  }
}

/** Save the list. Returns false when the browser won't store it (private mode, storage full or turned off). */
export function writeList(storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined, list: MyList): boolean {
  try {
    if (list.items.length === 0 && list.nextStep === '') storage?.removeItem(MY_LIST_KEY);
    else storage?.setItem(MY_LIST_KEY, JSON.stringify(list));
    return storage !== undefined;
  } catch {
    return false;
  }
}

export const hasItem = (list: MyList, slug: string): boolean => list.items.some((item) => item.slug === slug);

export function addItem(list: MyList, item: { slug: string; title: string }): MyList {
  return hasItem(list, item.slug) ? list : { ...list, items: [...list.items, { slug: item.slug, title: item.title, note: '' }] };
}

export const removeItem = (list: MyList, slug: string): MyList => ({ ...list, items: list.items.filter((item) => item.slug !== slug) });

/** Move an item up (-1) or down (+1); at either end it stays put. */
export function moveItem(list: MyList, slug: string, by: -1 | 1): MyList {
  const from = list.items.findIndex((item) => item.slug === slug);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.items.length) return list;
  const items = [...list.items];
  const [moved] = items.splice(from, 1);
  if (moved) items.splice(to, 0, moved);
  return { ...list, items };
}

export const setNote = (list: MyList, slug: string, note: string): MyList => ({ ...list, items: list.items.map((item) => (item.slug === slug ? { ...item, note } : item)) });

/** The browser's localStorage, or undefined where there is none (or it is blocked). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
