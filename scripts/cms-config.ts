// Writes the Decap CMS configuration of both admins (cms/public.config.yml, cms/staff.config.yml)
// from the schemas and the example content. `npm run cms:config`; a unit test fails when they are out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentPaths } from '../src/reading/content-paths.ts';
import { loadDirectory } from '../src/data/build-directory.ts';
import { formatProblem } from '../src/reading/validation/check-content.ts';
import { CMS_CONFIG_FILES, cmsConfigForBuild, renderCmsConfig } from '../src/outputs/cms/config-file.ts';

const projectRoot = process.cwd();
const paths = contentPaths();
for (const audience of ['public', 'staff'] as const) {
  const { content, problems } = loadDirectory(projectRoot, paths, audience, new Date());
  if (!content) {
    console.log(problems.map(formatProblem).join('\n'));
    console.log(`\nThe ${audience} admin's configuration can't be made until the content is fixed.`);
    process.exit(1);
  }
  const made = cmsConfigForBuild(content, audience, paths);
  if ('missing' in made) {
    console.log(made.missing);
    continue;
  }
  writeFileSync(join(projectRoot, CMS_CONFIG_FILES[audience]), renderCmsConfig(audience, made.config));
  console.log(`Wrote ${CMS_CONFIG_FILES[audience]} (${made.config.collections.length} collections).`);
}
