import { LIST_BUTTON } from '../../outputs/my-list/store.ts';
import '../my-list/AddToMyList.css';

/** "Add to my list" on a search result. Not printed. */
export function ListButton({ on, title, onToggle }: { on: boolean; title: string; onToggle: () => void }) {
  return (
    <p className="my-list-add no-print">
      <button className="button button--secondary" type="button" aria-label={`${on ? LIST_BUTTON.remove : LIST_BUTTON.add}: ${title}`} onClick={onToggle}>
        {on ? LIST_BUTTON.remove : LIST_BUTTON.add}
      </button>
      {on && (
        <>
          {' '}
          On your list. <a href="/my-list/">See my list</a>
        </>
      )}
    </p>
  );
}
