import type { AstroIntegration } from 'astro';
import type { ContentPaths } from '../reading/content-paths.ts';
import { readTrees } from '../reading/content-source.ts';
import { londonDate } from '../domain/schedule.ts';
import { checkContent, formatProblem, type Problem } from '../reading/validation/check-content.ts';

/**
 * Runs the content checker whenever Astro starts (build, dev, check), so bad content always gets
 * the plain-words problems list instead of a stack trace, however the site is built. The public
 * build checks content/ alone: it never opens the staff tree.
 */
export function contentCheck(paths: ContentPaths, withStaffTree: boolean, now: Date): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'preview') return;
        const root = process.cwd();
        let problems: Problem[];
        try {
          const { tree, ...trees } = readTrees(root, paths, withStaffTree);
          if (withStaffTree && !trees.staff)
            console.log(`warning: there is no staff content at ${trees.staffRoot}; the staff build has no referral-only listings or staff information (set STAFF_CONTENT_DIR if it is elsewhere)`);
          ({ problems } = checkContent(tree, { ...trees, today: londonDate(now) }));
        } catch (error) {
          // A bug in the checker, not in the content: say so plainly, without a stack trace.
          console.log(`The content checker failed unexpectedly: ${error instanceof Error ? error.message : String(error)}\nThis is a fault in the software, not in your content. Please report it.`);
          process.exit(2);
        }
        const errors = problems.filter((problem) => problem.severity === 'error');
        // Warnings (like HTML that will be stripped) are always shown: nothing is removed silently.
        for (const problem of problems) console.log(formatProblem(problem));
        if (errors.length === 0) return;
        console.log(
          `\n${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in the content. Nothing was built: fix ${errors.length === 1 ? 'it' : 'them'} and try again (npm run check:content lists them).`,
        );
        process.exit(1);
      },
    },
  };
}
