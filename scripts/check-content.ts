// Checks every content file and prints each problem in plain words. Used by `npm run check` and `npm run build`.
import { readContentTree } from '../src/lib/content-source.ts';
import { checkContent, formatProblem } from '../src/lib/validation/check-content.ts';

const projectRoot = process.cwd();
const contentDir = process.env['CONTENT_DIR'] ?? 'content';

try {
  const tree = readContentTree(projectRoot, contentDir);
  const { problems, content } = checkContent(tree, projectRoot);
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const files = new Set(errors.map((problem) => problem.file)).size;
    console.log(`\n${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}. The site won't build until ${errors.length === 1 ? 'it is' : 'they are'} fixed; then run npm run check:content again.`);
    process.exit(1);
  }
  const count = (size: number | undefined, noun: string) => `${size ?? 0} ${noun}${size === 1 ? '' : 's'}`;
  console.log(`Content is fine: ${count(content?.listings.size, 'listing')}, ${count(content?.organisations.size, 'organisation')}, ${count(content?.venues.size, 'venue')}.`);
} catch (error) {
  // A bug in the checker itself, not in the content: say so without a stack trace.
  console.log(`The content checker failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  console.log('This is a fault in the software, not in your content. Please report it.');
  process.exit(2);
}
