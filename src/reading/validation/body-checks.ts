/**
 * Warnings about a listing's own words: what the renderer (src/reading/markdown.ts) will
 * remove, said to the author so nothing goes silently. Every check is linear in the length of
 * the text, so a huge pasted body can't stall the checker.
 */
const TAG = /<[^<>]*>/g;

const WORD_MARKUP = /class=["']?Mso|<o:p>|mso-[a-z-]+:|urn:schemas-microsoft-com|<!--\[if/i;

export function bodyWarnings(body: string): string[] {
  const warnings: string[] = [];
  const tags = body.match(TAG) ?? [];
  const anyTag = (pattern: RegExp) => tags.some((tag) => pattern.test(tag));
  if (anyTag(/^<\s*script\b/i)) warnings.push('contains a <script>; scripts never run on this site and it will be removed, so delete it');
  if (anyTag(/\son[a-z]+\s*=/i)) warnings.push('contains HTML with an event handler (like onclick=); it will be removed, so delete it');
  if (/javascript\s*:/i.test(body)) warnings.push('contains a javascript: link; it will be removed, so use an https:// address instead');
  if (anyTag(/^<\s*(iframe|object|embed|form|style)\b/i)) warnings.push('contains HTML that is not allowed (like <iframe> or <style>); it will be removed, so delete it');
  if (anyTag(/^<\s*img\b/i)) warnings.push('contains an image; images in the text are removed, so add the photo under photos: with a description (alt) instead');
  if (WORD_MARKUP.test(body))
    warnings.push("has text pasted from Word; the words, paragraphs, lists and bold are kept but Word's formatting is removed, so check the page reads well (pasting as plain text avoids this)");
  return warnings;
}
