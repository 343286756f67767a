import { basename } from 'node:path';
import { stringify } from 'yaml';
import type { ContentPaths } from '../../reading/content-paths.ts';
import type { ValidContent } from '../../reading/validation/check-content.ts';
import { cmsConfig } from './config.ts';
import type { DecapConfig } from './decap-types.ts';

/** Where each admin's generated configuration is kept, for people to read and for Decap-compatible tools. */
export const CMS_CONFIG_FILES = { public: 'cms/public.config.yml', staff: 'cms/staff.config.yml' } as const;

const HEADER = (audience: 'public' | 'staff') =>
  `# The Decap CMS configuration for the ${audience} admin (/admin/ on the ${audience} site).\n# Made from the schemas (src/schemas/), the taxonomies and ${audience === 'public' ? 'content/site.yml' : 'the staff tree'} by \`npm run cms:config\`.\n# Don't edit it by hand: a test fails when it differs from what the schemas make.\n`;

export const renderCmsConfig = (audience: 'public' | 'staff', config: DecapConfig): string => HEADER(audience) + stringify(config, { lineWidth: 0, aliasDuplicateObjects: false });

/** The admin configuration for a build, from its checked content. */
export function cmsConfigForBuild(content: ValidContent, audience: 'public' | 'staff', paths: ContentPaths) {
  return cmsConfig({ content, audience, contentFolder: basename(paths.contentDir), staffFolder: basename(paths.staffDir) });
}
