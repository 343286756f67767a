import { addItem, browserStorage, hasItem, LIST_BUTTON, readList, removeItem, writeList } from '../../outputs/my-list/store.ts';

/**
 * The "Add to my list" button on listing pages: a small script of its own, not a framework island.
 * The button is hidden in the HTML and shown here, so without JavaScript the page shows its
 * "print this page" hint instead.
 */
export function enhanceAddButtons(): void {
  const storage = browserStorage();
  for (const box of document.querySelectorAll<HTMLElement>('[data-my-list-add]')) {
    const button = box.querySelector('button');
    const status = box.querySelector('[role="status"]');
    const { slug = '', title = '' } = box.dataset;
    if (!button || !status || !storage) continue;
    const show = (announce: string) => {
      const list = readList(storage);
      const on = hasItem(list, slug);
      button.textContent = on ? LIST_BUTTON.remove : LIST_BUTTON.add;
      status.replaceChildren(announce, ...(on ? [' ', Object.assign(document.createElement('a'), { href: '/my-list/', textContent: `See my list (${list.items.length})` })] : []));
    };
    button.hidden = false;
    show('');
    button.addEventListener('click', () => {
      const list = readList(storage);
      const on = hasItem(list, slug);
      const saved = writeList(storage, on ? removeItem(list, slug) : addItem(list, { slug, title }));
      show(saved ? (on ? 'Removed from your list.' : 'Added to your list.') : 'This browser would not keep the list (it may be in private mode).');
    });
    window.addEventListener('storage', () => show(''));
  }
}
