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
    const size = PAGE_SIZES[new URLSearchParams(window.location.search).get('size') ?? ''];
    if (size) document.head.append(Object.assign(document.createElement('style'), { textContent: size }));
    const content = document.createElement('template').content;
    content.append(...main.childNodes);
    // Loaded only when needed: Paged.js is large, and reading the booklet on screen doesn't need it.
    const { Previewer } = await import('pagedjs');
    const previewer = new Previewer();
    const flow = await previewer.preview(content, previewer.removeStyles(), main);
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
