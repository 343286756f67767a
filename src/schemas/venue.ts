import { z } from 'astro/zod';
import { enumOf, postcodeSchema, slugSchema } from './fields.ts';
import { VENUE_KINDS } from './lists.ts';
import { refersTo } from './references.ts';

/** A place where groups meet (content/venues/<slug>.yml). Many groups can share one. */
export const venueSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'is empty; give the venue a name' }).describe('The venue name.'),
  kind: enumOf(VENUE_KINDS.ids, 'a kind of venue').default('building').describe('building, or outdoor for a meeting point with no building.'),
  address: z
    .strictObject({
      lines: z.array(z.string().trim()).default([]).describe('Street address lines.'),
      town: z.string().trim().describe('The town or village.'),
      postcode: postcodeSchema.optional().describe('The postcode. An outdoor meeting point may have none.'),
    })
    .describe('The address.'),
  lat: z.number({ error: 'is missing or not a number; give the latitude, like 50.3392' }).describe('Latitude.'),
  lng: z.number({ error: 'is missing or not a number; give the longitude, like -4.7935' }).describe('Longitude.'),
  area: refersTo(slugSchema.describe('The town or village code from content/taxonomies/areas.yml.'), { taxonomy: 'areas' }),
  access: z
    .array(refersTo(slugSchema.clone(), { taxonomy: 'accessFeatures' }))
    .default([])
    .describe('Access features, codes from content/taxonomies/access-features.yml.'),
  accessStatement: z.string().trim().optional().describe('Access in the venue’s own words.'),
  gettingThere: z
    .strictObject({
      bus: z.string().trim().optional().describe('Bus routes and the nearest stop.'),
      walking: z.string().trim().optional().describe('Walking directions.'),
      parking: z.string().trim().optional().describe('Parking.'),
    })
    .default({})
    .describe('How to get there.'),
});

export type Venue = z.output<typeof venueSchema>;
