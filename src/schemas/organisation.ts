import { z } from 'astro/zod';
import { emailSchema, enumOf, phoneSchema, urlSchema } from './fields.ts';
import { ORGANISATION_TYPES } from './lists.ts';

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
  editors: z.array(z.string().trim()).default([]).describe('CMS user names or emails allowed to edit its listings.'),
});

export type Organisation = z.output<typeof organisationSchema>;
