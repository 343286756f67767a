import { describe, expect, it } from 'vitest';
import { withoutBlanks } from '../../src/core/blanks.ts';

describe('a blank answer is no answer', () => {
  it('drops "", null and parts nobody filled in, at any depth', () => {
    expect(withoutBlanks({ title: 'Walk', notice: '', until: null, cost: {}, welcome: { meetYou: '' }, sessions: [{ start: '10:00', notes: '' }], skipDates: ['', '2026-12-25'] })).toEqual({
      title: 'Walk',
      sessions: [{ start: '10:00' }],
      skipDates: ['2026-12-25'],
    });
  });
  it('keeps false, 0, empty lists and everything else as it is', () => {
    const data = { helpAvailable: false, amount: 0, helpsWith: [], title: ' ', when: new Date('2026-01-01') };
    expect(withoutBlanks(data)).toEqual(data);
  });
});
