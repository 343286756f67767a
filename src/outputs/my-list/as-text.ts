import type { PaperEntry } from '../../domain/paper-entry.ts';
import type { MyList } from './store.ts';

/**
 * My list as plain text: for a link worker to paste into a letter, and for a text message. Each
 * activity with its day and time, place and bus, phone, cost, what to expect and the note.
 */
export function listAsText(list: MyList, entries: Readonly<Record<string, PaperEntry>>, siteName: string): string {
  const blocks = list.items.map((item, index) => {
    const entry = entries[item.slug];
    const lines = [`${index + 1}. ${entry?.title ?? item.title}`];
    if (entry) {
      lines.push(`When: ${entry.when.join('; ')}`);
      lines.push(`Where: ${entry.where.join('; ')}${entry.bus.length > 0 ? `. Bus: ${entry.bus.join(' ')}` : ''}`);
      if (entry.phone) lines.push(`Phone: ${entry.phone}${entry.phoneRole ? ` (${entry.phoneRole})` : ''}`);
      if (entry.onTheDay) lines.push(`On the day, if there's a problem: ${entry.onTheDay}`);
      lines.push(`Cost: ${entry.cost}. How to join: ${entry.join}`);
      lines.push(`What happens: ${entry.what}`);
    } else {
      lines.push('This listing is no longer in the directory.');
    }
    if (item.note.trim()) lines.push(`Note: ${item.note.trim()}`);
    if (entry?.url) lines.push(entry.url);
    return lines.join('\n');
  });
  const next = list.nextStep.trim() ? [`My next step: ${list.nextStep.trim()}`] : [];
  return [`My list from ${siteName}`, ...blocks, ...next].join('\n\n');
}

/** An sms: link that opens the phone's messages app with the text filled in ("sms:?&body=" works on both Android and iPhone). */
export const smsHref = (text: string): string => `sms:?&body=${encodeURIComponent(text)}`;
