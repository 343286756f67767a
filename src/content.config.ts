import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { basename, extname, resolve } from 'node:path';
import { loadSettings } from './lib/settings.ts';
import { makeListingSchema } from './schemas/listing.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { venueSchema } from './schemas/venue.ts';

const contentDir = resolve(process.env['CONTENT_DIR'] ?? 'content');
const { taxonomies } = loadSettings(process.cwd(), contentDir);

// The file name is the id and the URL slug, wherever the file sits in its folder.
const fileNameId = ({ entry }: { entry: string }) => basename(entry, extname(entry));

const listings = defineCollection({
  loader: glob({ pattern: '**/*.md', base: `${contentDir}/listings`, generateId: fileNameId }),
  schema: makeListingSchema(taxonomies),
});

const organisations = defineCollection({
  loader: glob({ pattern: '**/*.{yml,yaml}', base: `${contentDir}/organisations`, generateId: fileNameId }),
  schema: organisationSchema,
});

const venues = defineCollection({
  loader: glob({ pattern: '**/*.{yml,yaml}', base: `${contentDir}/venues`, generateId: fileNameId }),
  schema: venueSchema,
});

export const collections = { listings, organisations, venues };
