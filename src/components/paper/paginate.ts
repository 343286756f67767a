/**
 * Pagination for the booklet, with Paged.js: it lays the booklet out in A4 pages in the browser,
 * so the contents and index can give real page numbers (target-counter) and each page can name
 * its section at the top (string-set), which Chromium's own printing can't. The booklet prints
 * without it too: the contents and index then name sections instead of pages.
 *
 * `?pages` in the address paginates straight away: build:pdf and the tests use it, and wait for
 * `data-paged="done"` on <html>. `?pages&size=a5` lays it out on A5 pages, for the folded booklet
 * that build:pdf imposes two to a sheet.
 */
const PAGE_SIZES: Record<string, string> = { a5: '@page{size:A5;margin:12mm 12mm 17mm}' };

let pagination: Promise<number> | undefined;

export function paginate(): Promise<number> {
  pagination ??= (async () => {
    const main = document.getElementById('main-content');
    if (!main) return 0;
    const root = document.documentElement;
    root.dataset['paged'] = 'working';
    // Loaded only when needed: Paged.js is large, and reading the booklet on screen doesn't need it.
    // Loaded before anything moves, so a failed load leaves the booklet as it was.
    const { Previewer } = await import('pagedjs');
    const size = PAGE_SIZES[new URLSearchParams(window.location.search).get('size') ?? ''];
    if (size) document.head.append(Object.assign(document.createElement('style'), { textContent: size }));
    const content = document.createElement('template').content;
    content.append(...main.childNodes);
    const previewer = new Previewer();
    const sheets = previewer.removeStyles();
    let flow: { total: number };
    try {
      flow = await previewer.preview(content, sheets, main);
    } catch (error) {
      // Put the booklet and its styles back as they were, to print without page numbers.
      main.replaceChildren(...content.childNodes);
      for (const sheet of sheets)
        document.head.append(
          typeof sheet === 'string'
            ? Object.assign(document.createElement('link'), { rel: 'stylesheet', href: sheet })
            : Object.assign(document.createElement('style'), { textContent: Object.values(sheet).join('\n') }),
        );
      root.dataset['paged'] = 'failed';
      throw error;
    }
    root.dataset['paged'] = 'done';
    root.dataset['pages'] = String(flow.total);
    return flow.total;
  })();
  return pagination;
}

/** Show the "Print this booklet" button, which paginates and then opens the print dialog. */
export function enhancePrintButton(): void {
  const bar = document.querySelector<HTMLElement>('[data-paper-print]');
  const button = bar?.querySelector('button');
  const progress = bar?.querySelector('[role="status"]');
  if (!bar || !button || !progress) return;
  bar.hidden = false;
  button.addEventListener('click', () => {
    progress.textContent = 'Laying out the pages…';
    paginate().then(
      (pages) => {
        progress.textContent = `${pages} pages, ready to print.`;
        window.print();
      },
      () => {
        progress.textContent = 'The pages could not be laid out here; printing without page numbers.';
        window.print();
      },
    );
  });
  if (new URLSearchParams(window.location.search).has('pages')) void paginate();
}
