import { describe, expect, it } from 'vitest';
import { printFrame, printPageCss } from '../../src/domain/print.ts';

describe('every printed page says where it came from and when', () => {
  const frame = printFrame({ siteUrl: 'https://directory.example.org', path: '/listings/bugle-walkers/', audience: 'public', today: '2026-12-01' });
  it('prints the short address at the top and the date, site and a warning at the foot', () => {
    expect(frame.address).toBe('directory.example.org/listings/bugle-walkers/');
    expect(frame.footer).toBe('Printed on 1 December 2026 from directory.example.org. Check before you go: details can change.');
  });
  it('says "Staff copy: do not share" in the staff build', () => {
    expect(printFrame({ siteUrl: 'https://directory.example.org', path: '/dashboard/', audience: 'staff', today: '2026-12-01' }).footer).toMatch(/^Staff copy: do not share\./);
  });
  it('puts the footer and page numbers in the page margins, safely quoted', () => {
    const css = printPageCss({ ...frame, footer: 'Say "hi"' });
    expect(css).toContain('@bottom-left{content:"Say \\"hi\\""');
    expect(css).toContain('counter(page)');
  });
});
