import type { AstroIntegration } from 'astro';
import { readContentTree } from '../content-source.ts';
import { checkContent, formatProblem } from './check-content.ts';

/**
 * Runs the content checker whenever Astro starts (build, dev, check), so bad content always gets
 * the plain-words problems list instead of a stack trace, however the site is built.
 */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'preview') return;
        const root = process.cwd();
        const { problems } = checkContent(readContentTree(root, contentDir), root);
        const errors = problems.filter((problem) => problem.severity === 'error');
        // Warnings (like HTML that will be stripped) are always shown: nothing is removed silently.
        for (const problem of problems) console.log(formatProblem(problem));
        if (errors.length === 0) return;
        console.log(`\n${errors.length} ${errors.length === 1 ? 'problem' : 'problems'} in the content. Nothing was built: fix ${errors.length === 1 ? 'it' : 'them'} and try again (npm run check:content lists them).`);
        process.exit(1);
      },
    },
  };
}
