// The part of Paged.js (pagedjs 0.4, which ships no types) that the booklet uses.
declare module 'pagedjs' {
  type Stylesheet = string | Record<string, string>;
  export class Previewer {
    removeStyles(doc?: Document): Stylesheet[];
    preview(content: DocumentFragment, stylesheets: Stylesheet[], renderTo: Element): Promise<{ total: number; performance: number }>;
  }
}
