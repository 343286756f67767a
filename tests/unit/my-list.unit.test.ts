import { describe, expect, it } from 'vitest';
import type { PaperEntry } from '../../src/domain/paper-entry.ts';
import { listAsText, smsHref } from '../../src/outputs/my-list/as-text.ts';
import { addItem, EMPTY_LIST, hasItem, moveItem, MY_LIST_KEY, readList, removeItem, setNote, writeList } from '../../src/outputs/my-list/store.ts';

/** A Storage kept in a Map, as the browser's localStorage behaves. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return { map, getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value), removeItem: (key) => void map.delete(key) };
}

const a = { slug: 'a', title: 'Walk A' };
const b = { slug: 'b', title: 'Lunch B' };
const c = { slug: 'c', title: 'Choir C' };

describe('My list, kept in the browser', () => {
  it('adds once, moves within bounds, notes and removes', () => {
    let list = addItem(addItem(addItem(addItem(EMPTY_LIST, a), b), c), a);
    expect(list.items.map((item) => item.slug)).toEqual(['a', 'b', 'c']);
    list = moveItem(list, 'a', 1);
    expect(list.items.map((item) => item.slug)).toEqual(['b', 'a', 'c']);
    expect(moveItem(list, 'b', -1)).toBe(list);
    expect(moveItem(list, 'c', 1)).toBe(list);
    list = setNote(list, 'c', 'Ring Jan');
    expect(list.items[2]?.note).toBe('Ring Jan');
    list = removeItem(list, 'a');
    expect(hasItem(list, 'a')).toBe(false);
    expect(list.items.map((item) => item.slug)).toEqual(['b', 'c']);
  });

  it('survives a round trip through storage, reads junk as empty, and leaves nothing behind when cleared', () => {
    const storage = memoryStorage();
    const list = { ...setNote(addItem(EMPTY_LIST, a), 'a', 'Bring boots'), nextStep: 'Go on Tuesday' };
    expect(writeList(storage, list)).toBe(true);
    expect(readList(storage)).toEqual(list);
    storage.setItem(MY_LIST_KEY, '{not json');
    expect(readList(storage)).toEqual(EMPTY_LIST);
    storage.setItem(MY_LIST_KEY, JSON.stringify({ items: [{ slug: 1 }, { slug: 'x', title: 'X', note: '' }], nextStep: 3 }));
    expect(readList(storage)).toEqual({ items: [{ slug: 'x', title: 'X', note: '' }], nextStep: '' });
    writeList(storage, EMPTY_LIST);
    expect(storage.map.size).toBe(0);
    expect(readList(undefined)).toEqual(EMPTY_LIST);
    expect(writeList(undefined, list)).toBe(false);
  });
});

describe('My list as text', () => {
  const entry: PaperEntry = {
    slug: 'a',
    title: 'Walk A',
    when: ['Every Tuesday, 10am to 12 noon'],
    where: ['The Green, Bugle'],
    bus: ['The 27 stops outside.'],
    cost: 'Free',
    helpWithCost: false,
    phone: '01632 960123',
    phoneRole: 'Jan',
    what: 'A gentle walk.',
    access: [],
    join: 'Just turn up',
    marks: [],
    url: 'https://directory.example.org/listings/a/',
  };
  it('lists each activity with its details and note, a gone one by name, and the next step', () => {
    const list = {
      items: [
        { slug: 'a', title: 'Walk A', note: 'Bring boots' },
        { slug: 'gone', title: 'Old Group', note: '' },
      ],
      nextStep: 'Ring Jan',
    };
    const text = listAsText(list, { a: entry }, 'Clay Country Connect');
    expect(text).toBe(
      [
        'My list from Clay Country Connect',
        '1. Walk A\nWhen: Every Tuesday, 10am to 12 noon\nWhere: The Green, Bugle. Bus: The 27 stops outside.\nPhone: 01632 960123 (Jan)\nCost: Free. How to join: Just turn up\nWhat happens: A gentle walk.\nNote: Bring boots\nhttps://directory.example.org/listings/a/',
        '2. Old Group\nThis listing is no longer in the directory.',
        'My next step: Ring Jan',
      ].join('\n\n'),
    );
    expect(decodeURIComponent(smsHref(text).replace('sms:?&body=', ''))).toBe(text);
  });
});
