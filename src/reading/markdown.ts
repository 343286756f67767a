import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';

/**
 * A listing's own words, from Markdown to safe HTML. Listing text comes from volunteers and is
 * untrusted. HTML in it is parsed first (rehype-raw), so text pasted from Word keeps its
 * paragraphs, lists and bold, and then everything outside GitHub's allow-list goes
 * (rehype-sanitize): scripts, styles, event handlers, iframes, images and javascript: links.
 */
const withoutClass = (tag: string) => (defaultSchema.attributes?.[tag] ?? []).filter((attribute) => !(Array.isArray(attribute) && attribute[0] === 'className'));

const schema: SanitizeSchema = {
  ...defaultSchema,
  // Removed with their contents, not unwrapped: their text is code or Word's settings, not words for people.
  strip: ['script', 'style', 'head', 'title', 'template', 'xml', 'noscript', 'textarea', 'select'],
  // Photos belong in `photos:`, where alt text is required.
  // Spans carry only Word's styling, so their words are kept and the tag goes.
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => !['img', 'picture', 'source', 'input', 'span'].includes(tag)),
  // No classes on lists: GitHub's task-list classes are the only ones allowed, and Word's would leave class="".
  attributes: { ...defaultSchema.attributes, ...Object.fromEntries(['ul', 'ol', 'li'].map((tag) => [tag, withoutClass(tag)])) },
};

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw).use(rehypeSanitize, schema).use(rehypeStringify);

export function renderMarkdown(body: string): string {
  return String(processor.processSync(body));
}
