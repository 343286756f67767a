import { useEffect, useMemo, useRef, useState } from 'react';
import { qrSvg } from '../../core/qr-svg.ts';
import type { PaperEntry as Entry } from '../../domain/paper-entry.ts';
import { listAsText, smsHref } from '../../outputs/my-list/as-text.ts';
import { browserStorage, EMPTY_LIST, moveItem, readList, removeItem, setNote, writeList, type MyList, type MyListItem } from '../../outputs/my-list/store.ts';
import { PaperEntry } from '../paper/PaperEntry.tsx';
import './MyList.css';

interface Props {
  /** Every listed listing's paper entry (src/pages/my-list/listings.json.ts). */
  entriesUrl: string;
  siteName: string;
}

/**
 * The My list page: reorder, remove, a note per activity and "My next step"; print it as a card,
 * copy it as text, send it as a text message, or clear it. The list lives in localStorage only
 * (src/outputs/my-list/store.ts); nothing here sends it anywhere.
 */
export default function MyListApp({ entriesUrl, siteName }: Props) {
  const storage = useMemo(browserStorage, []);
  const [list, setList] = useState<MyList>(EMPTY_LIST);
  const [entries, setEntries] = useState<Record<string, Entry>>();
  const [failed, setFailed] = useState(false);
  const [withQr, setWithQr] = useState(false);
  const [status, setStatus] = useState('');
  const refocus = useRef<string>(undefined);

  useEffect(() => {
    setList(readList(storage));
    const onStorage = () => setList(readList(storage));
    window.addEventListener('storage', onStorage);
    fetch(entriesUrl)
      .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
      .then((loaded: Record<string, Entry>) => setEntries(loaded))
      .catch(() => setFailed(true));
    return () => window.removeEventListener('storage', onStorage);
  }, [storage, entriesUrl]);

  // After a move the button pressed has moved with its item: keep the focus on it.
  useEffect(() => {
    if (refocus.current) document.getElementById(refocus.current)?.focus();
    refocus.current = undefined;
  }, [list]);

  const save = (next: MyList, said = '') => {
    setList(next);
    setStatus(writeList(storage, next) ? said : 'This browser would not keep your list (it may be in private mode). You can still print it or copy it.');
  };
  const text = listAsText(list, entries ?? {}, siteName);
  const move = (item: MyListItem, by: -1 | 1, position: number) => {
    refocus.current = `move-${by < 0 ? 'up' : 'down'}-${item.slug}`;
    // At the top or bottom, the button that can still move it keeps the focus.
    if ((by < 0 && position === 1) || (by > 0 && position === list.items.length - 2)) refocus.current = `move-${by < 0 ? 'down' : 'up'}-${item.slug}`;
    save(moveItem(list, item.slug, by), `${item.title} moved ${by < 0 ? 'up' : 'down'}, to number ${position + 1 + by}.`);
  };

  if (list.items.length === 0)
    return (
      <div className="my-list-app">
        <p className="lede">Your list is empty.</p>
        <p>
          Use <strong>Add to my list</strong> on a listing, or in the search results, to keep the activities you are interested in. Then print them on one page, copy them into a letter or send them as
          a text message.
        </p>
        <p role="status">{status}</p>
      </div>
    );

  return (
    <div className="my-list-app">
      {failed && <p className="notice">The details of the activities could not load. Their names are below; open each one to see its details.</p>}
      <ol className="my-list">
        {list.items.map((item, position) => {
          const entry = entries?.[item.slug];
          const noteId = `note-${item.slug}`;
          return (
            <li key={item.slug} className="my-list-item">
              {entry ? (
                <PaperEntry entry={entry} headingLevel="h2">
                  {item.note.trim() && (
                    <p className="print-only my-list-note">
                      <strong>Note:</strong> {item.note}
                    </p>
                  )}
                  {withQr && entry.url && <div className="my-list-qr" dangerouslySetInnerHTML={{ __html: qrSvg(entry.url, `QR code: opens ${entry.url}`) }} />}
                </PaperEntry>
              ) : (
                <article className="paper-entry">
                  <h2 className="paper-entry-title">{item.title}</h2>
                  <p>{entries ? 'This listing is no longer in the directory. You can remove it from your list.' : 'Loading its details…'}</p>
                </article>
              )}
              <div className="my-list-controls no-print">
                <p>
                  <a href={`/listings/${item.slug}/`}>Open {item.title}</a>
                </p>
                <label htmlFor={noteId}>Your note for this activity</label>
                <span className="hint" id={`${noteId}-hint`}>
                  For example: Ring Jan on Monday
                </span>
                <textarea id={noteId} aria-describedby={`${noteId}-hint`} rows={2} value={item.note} onChange={(event) => save(setNote(list, item.slug, event.target.value))} />
                <p className="my-list-buttons">
                  <button
                    id={`move-up-${item.slug}`}
                    className="button button--secondary"
                    type="button"
                    aria-label={`Move up: ${item.title}`}
                    disabled={position === 0}
                    onClick={() => move(item, -1, position)}
                  >
                    Move up
                  </button>
                  <button
                    id={`move-down-${item.slug}`}
                    className="button button--secondary"
                    type="button"
                    aria-label={`Move down: ${item.title}`}
                    disabled={position === list.items.length - 1}
                    onClick={() => move(item, 1, position)}
                  >
                    Move down
                  </button>
                  <button
                    className="button button--secondary"
                    type="button"
                    aria-label={`Remove: ${item.title}`}
                    onClick={() => save(removeItem(list, item.slug), `${item.title} removed from your list.`)}
                  >
                    Remove
                  </button>
                </p>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="my-list-next">
        <label htmlFor="next-step">My next step</label>
        <span className="hint no-print" id="next-step-hint">
          For example: Go to the Tuesday walk with Sue
        </span>
        <textarea className="no-print" id="next-step" aria-describedby="next-step-hint" rows={2} value={list.nextStep} onChange={(event) => save({ ...list, nextStep: event.target.value })} />
        <p className="print-only">{list.nextStep.trim() || ' '}</p>
      </div>
      <div className="my-list-actions no-print">
        <h2>Print, copy or send your list</h2>
        <p className="checkbox">
          <input id="with-qr" type="checkbox" checked={withQr} onChange={(event) => setWithQr(event.target.checked)} />
          <label htmlFor="with-qr">Print a QR code beside each activity (scan it with a phone to open the listing)</label>
        </p>
        <p className="my-list-buttons">
          <button className="button" type="button" onClick={() => window.print()}>
            Print my list
          </button>
          <button
            className="button button--secondary"
            type="button"
            onClick={() =>
              navigator.clipboard.writeText(text).then(
                () => setStatus('Your list is copied as text. Paste it into a letter or an email.'),
                () => setStatus('This browser would not copy the text. Select the text below and copy it instead.'),
              )
            }
          >
            Copy as text
          </button>
          <a className="button button--secondary" href={smsHref(text)}>
            Send as a text message
          </a>
        </p>
        <details className="my-list-text">
          <summary>See the list as text</summary>
          <pre>{text}</pre>
        </details>
        <p>
          <button
            className="button button--secondary"
            type="button"
            onClick={() => {
              if (window.confirm('Clear your list? This removes every activity and your notes from this browser.')) save(EMPTY_LIST, 'Your list is cleared.');
            }}
          >
            Clear my list
          </button>
        </p>
      </div>
      <p role="status" className="my-list-status">
        {status}
      </p>
    </div>
  );
}
