import { useEffect, useState } from 'react';
import { addItem, browserStorage, EMPTY_LIST, hasItem, readList, removeItem, writeList, type MyList } from '../../outputs/my-list/store.ts';

/** My list in an island (the search results): kept in this browser only, and in step with other tabs. */
export function useMyList(): { has: (slug: string) => boolean; toggle: (slug: string, title: string) => void } {
  const [list, setList] = useState<MyList>(EMPTY_LIST);
  useEffect(() => {
    const storage = browserStorage();
    const reload = () => setList(readList(storage));
    reload();
    window.addEventListener('storage', reload);
    return () => window.removeEventListener('storage', reload);
  }, []);
  return {
    has: (slug) => hasItem(list, slug),
    toggle: (slug, title) => {
      const next = hasItem(list, slug) ? removeItem(list, slug) : addItem(list, { slug, title });
      if (writeList(browserStorage(), next)) setList(next);
    },
  };
}
