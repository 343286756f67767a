import { readSettingsFiles } from './content-source.ts';
import { siteSchema, type Site } from '../schemas/site.ts';
import { taxonomiesSchema, type Taxonomies } from '../schemas/taxonomy.ts';

/**
 * Site settings and taxonomies, read straight from content/. They are needed before Astro's
 * collections load (the listing schema's allowed codes come from the taxonomies), so they are
 * read here once rather than as collections. `npm run check` has already explained any problem.
 */
export function loadSettings(projectRoot: string, contentDir = 'content'): { site: Site; taxonomies: Taxonomies } {
  const tree = readSettingsFiles(projectRoot, contentDir);
  const data = (key: keyof typeof tree.taxonomies) => tree.taxonomies[key].data;
  const site = siteSchema.safeParse(tree.site.data);
  const taxonomies = taxonomiesSchema.safeParse({
    categories: data('categories'),
    audiences: data('audiences'),
    helpsWith: data('helpsWith'),
    accessFeatures: data('accessFeatures'),
    areas: data('areas'),
    synonyms: data('synonyms'),
  });
  if (!site.success || !taxonomies.success) {
    throw new Error('The site settings or taxonomies have problems. Run npm run check to see them.');
  }
  return { site: site.data, taxonomies: taxonomies.data };
}

export type { Site, Taxonomies };
