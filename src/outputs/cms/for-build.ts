import { getCheckedContent } from '../../data/directory.ts';
import { cmsConfigForBuild } from './config-file.ts';

/** This build's admin (/admin/): the Decap CMS configuration for its own tree only. */
export async function getCmsConfig() {
  const { content, audience, paths } = await getCheckedContent();
  return cmsConfigForBuild(content, audience, paths);
}
