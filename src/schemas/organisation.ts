import { z } from 'astro/zod';
import { emailSchema, enumOf, phoneSchema, urlSchema } from './fields.ts';
import { ORGANISATION_TYPES } from './lists.ts';
import { neverPublished, type PublicData } from './publication.ts';

/** A forge user name: letters, numbers, hyphens, underscores and dots. Never an email address. */
const editorSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,38}$/, {
    error: (issue) =>
      typeof issue.input === 'string' && issue.input.includes('@')
        ? `${JSON.stringify(issue.input)} is an email address; write the editor's CMS user name instead (content/ may be public, and emails must not be published)`
        : `${JSON.stringify(issue.input)} is not a CMS user name; use letters, numbers and hyphens, like jan-bugle-walkers`,
  });

/** A group or body that runs listings (content/organisations/<slug>.yml). */
export const organisationSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'is empty; give the organisation a name' }).describe('The organisation name.'),
  type: enumOf(ORGANISATION_TYPES.ids, 'an organisation type').describe('What kind of organisation it is.'),
  charityNumber: z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string().trim().optional()).describe('Registered charity number.'),
  companyNumber: z.preprocess((value) => (typeof value === 'number' ? String(value) : value), z.string().trim().optional()).describe('Company or CIC number.'),
  description: z.string().trim().optional().describe('What the organisation does.'),
  website: urlSchema.optional().describe('Its website.'),
  phone: phoneSchema.optional().describe('Its phone number.'),
  email: emailSchema.optional().describe('Its email.'),
  editors: neverPublished(
    z
      .array(editorSchema)
      .default([])
      .describe(
        'The CMS (forge) user names of the people who may edit its listings, like jan-bugle-walkers; used to route their edits for review. User names only: they are public on the forge, but an email address must never be in content/.',
      ),
    'it is only for routing edits for review',
  ),
});

export type Organisation = z.output<typeof organisationSchema>;
/** An organisation as a build carries it: without its editors. */
export type PublicOrganisation = PublicData<typeof organisationSchema>;
