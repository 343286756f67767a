import { z } from 'astro/zod';
import { emailSchema, phoneSchema, urlSchema } from './fields.ts';

/** How the public can get in touch. Phone comes first: many people won't email. */
export const contactSchema = z.strictObject({
  phone: phoneSchema.optional().describe('The main phone number.'),
  phoneRole: z.string().trim().optional().describe('Who answers, like "Jan, group leader".'),
  onTheDayPhone: phoneSchema.optional().describe('A number to ring on the day, if different.'),
  email: emailSchema.optional().describe('An email address.'),
  website: urlSchema.optional().describe('A web page about this activity.'),
  social: z.array(urlSchema).default([]).describe('Social media pages.'),
});

export type Contact = z.output<typeof contactSchema>;
