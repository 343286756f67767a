// Checks every content file and prints each problem in plain words. Used by `npm run check` and `npm run build`.
// It checks content/ and, when it is there, the staff tree (content-staff/ or STAFF_CONTENT_DIR).
import { contentPaths } from '../src/reading/content-paths.ts';
import { readTrees, shownPath } from '../src/reading/content-source.ts';
import { checkContent, formatProblem } from '../src/reading/validation/check-content.ts';

const projectRoot = process.cwd();
const paths = contentPaths();

try {
  const { tree, staff, staffRoot } = readTrees(projectRoot, paths, true);
  const { problems, content } = checkContent(tree, { ...(staff ? { staff } : {}), staffRoot });
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) {
    const files = new Set(errors.map((problem) => problem.file)).size;
    console.log(
      `\n${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in ${files} ${files === 1 ? 'file' : 'files'}. The site won't build until ${errors.length === 1 ? 'it is' : 'they are'} fixed; then run npm run check:content again.`,
    );
    process.exit(1);
  }
  const count = (size: number | undefined, noun: string) => `${size ?? 0} ${noun}${size === 1 ? '' : 's'}`;
  const all = [...(content?.listings.values() ?? [])];
  const staffCount = all.filter((listing) => listing.tree === 'staff').length;
  console.log(`Content is fine: ${count(content?.listings.size, 'listing')}, ${count(content?.organisations.size, 'organisation')}, ${count(content?.venues.size, 'venue')}.`);
  console.log(
    staff
      ? `The staff content in ${staff.shownRoot} was checked too (${count(staffCount, 'referral-only listing')}).`
      : `There is no staff content at ${staffRoot}, so only ${shownPath(projectRoot, tree.root)} was checked.`,
  );
} catch (error) {
  // A bug in the checker itself, not in the content: say so without a stack trace.
  console.log(`The content checker failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`);
  console.log('This is a fault in the software, not in your content. Please report it.');
  process.exit(2);
}
