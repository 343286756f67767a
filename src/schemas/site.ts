import { z } from 'astro/zod';
import { cmsSchema } from './cms.ts';
import { STAFF_SETTINGS_FILE } from './content-layout.ts';
import { emailSchema, enumOf, phoneSchema, urlSchema } from './fields.ts';
import { STALE_IN_PRINT } from './lists.ts';
import { staffOnly, type PublicData } from './publication.ts';

const pointSchema = z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) });

/** Staff settings (content-staff/site.yml): the staff build's title and who staff contact. */
export const staffSettingsSchema = z.strictObject({
  title: z.string().trim().min(1).describe('The staff build title, like "Clay Country Connect for staff".'),
  contact: z.string().trim().min(1).describe('Who staff contact about the directory, with a phone number.'),
  cms: cmsSchema.optional().describe("Where the staff admin (the staff build's /admin/) saves coordinators' edits. Keep it a private repository. Without it the staff build has no admin."),
  coordinators: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,38}$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a CMS user name; use letters, numbers and hyphens, like sam-coordinator` }),
    )
    .default([])
    .describe('The CMS (forge) user names of the coordinators, who may edit any listing.'),
});

export type StaffSettings = z.output<typeof staffSettingsSchema>;

/** Site settings (content/site.yml): everything another area changes to run its own directory. */
export const siteSchema = z.strictObject({
  name: z.string().trim().min(1).describe('The directory name.'),
  area: z.string().trim().min(1).describe('The area it covers, in words.'),
  exampleData: z.boolean().default(false).describe('True while the listings are made-up example data; every page then says so.'),
  map: z
    .strictObject({
      centre: pointSchema.describe('Where the map starts.'),
      zoom: z.number().int().min(1).max(19).describe('The starting zoom.'),
      bounds: z.strictObject({ south: z.number(), west: z.number(), north: z.number(), east: z.number() }).describe('The box every venue must sit in.'),
      tileUrl: z.string().describe('The map tile address template.'),
      attribution: z.string().describe('The map attribution text.'),
    })
    .describe('Map settings.'),
  lowCostMax: z.number().nonnegative().describe('The most a session can cost, in pounds, and still count as low cost.'),
  reviewMonths: z.number().int().positive().describe('How many months before a listing is due for review.'),
  print: z
    .strictObject({
      staleListings: enumOf(STALE_IN_PRINT.ids, 'a choice for listings not checked for a year')
        .default('mark')
        .describe('What the printed booklet does with listings nobody has confirmed for a year or more: mark (printed, marked "ring first") or leave-out.'),
    })
    .default({ staleListings: 'mark' })
    .describe('The printed booklet.'),
  support: z
    .strictObject({
      name: z.string().trim().describe('Who to contact about the directory.'),
      phone: phoneSchema.describe('Their phone number.'),
      email: emailSchema.describe('Their email.'),
      hours: z.string().trim().optional().describe('When the phone is answered.'),
    })
    .describe('Who to contact for corrections and help.'),
  staff: staffOnly(
    staffSettingsSchema.optional().describe('Staff build settings, in the staff tree.'),
    (_slug, staffDir) => `${staffDir}/${STAFF_SETTINGS_FILE}`,
    'content/ may be a public repository',
  ),
  cms: cmsSchema.describe("Where the public admin (/admin/) saves groups' edits for review."),
  licence: z.strictObject({ name: z.string().trim(), url: urlSchema }).describe('The open-data licence for the listings.'),
  siteUrl: urlSchema.describe('The public address of the site.'),
});

export type Site = z.output<typeof siteSchema>;
/** Site settings as the public build carries them. */
export type PublicSite = PublicData<typeof siteSchema>;
