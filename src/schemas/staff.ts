import { z } from 'astro/zod';
import { dateSchema, emailSchema, enumOf, phoneSchema, slugSchema, urlSchema } from './fields.ts';
import { refersTo } from './references.ts';
import { REFERRAL_METHODS, SUPPORT_LEVELS } from './lists.ts';

/** One piece of assurance ("kitemark") and when it was last seen. */
const assuranceItemSchema = z.strictObject({
  inPlace: z.boolean().describe('Whether it is in place.'),
  seen: dateSchema.optional().describe('The date a coordinator last saw it.'),
});

/** A named person staff can contact directly. Never shown to the public. */
const directContactSchema = z.strictObject({
  name: z.string().trim().describe('Their name.'),
  role: z.string().trim().optional().describe('Their role.'),
  phone: phoneSchema.optional().describe('Their direct phone number.'),
  email: emailSchema.optional().describe('Their direct email.'),
});

/**
 * Information for link workers and GP staff only. It appears in the staff build and never,
 * in any form, in the public build: the query layer (src/data/visibility.ts) removes it.
 */
export const staffInfoSchema = z.strictObject({
  referral: z
    .strictObject({
      method: enumOf(REFERRAL_METHODS.ids, 'a referral method').describe('How to refer.'),
      steps: z.array(z.string().trim()).default([]).describe('Step-by-step instructions.'),
      formUrl: urlSchema.optional().describe('The online referral form.'),
      email: emailSchema.optional().describe('Where to send referrals or warn the group.'),
      contact: directContactSchema.optional().describe('A direct contact for referrers.'),
    })
    .optional()
    .describe('How to refer someone.'),
  capacity: z
    .strictObject({
      waitingListWeeks: z.number().int().nonnegative().optional().describe('Roughly how many weeks people wait.'),
      higherNeeds: enumOf(SUPPORT_LEVELS.ids, 'a support level').optional().describe('Whether it can support people with higher or complex needs: yes, some or no.'),
      cannotOffer: z.string().trim().optional().describe('Anything it cannot offer.'),
    })
    .optional()
    .describe('Capacity and suitability.'),
  assurance: z
    .strictObject({
      safeguarding: assuranceItemSchema.optional().describe('A safeguarding policy.'),
      dbs: assuranceItemSchema.optional().describe('DBS-checked volunteers.'),
      insurance: assuranceItemSchema.optional().describe('Public liability insurance.'),
    })
    .optional()
    .describe('Assurance checks.'),
  fundingUntil: dateSchema.optional().describe('The date the current funding runs until.'),
  notes: z.string().trim().optional().describe('Free-text notes for staff.'),
});

export type StaffInfo = z.output<typeof staffInfoSchema>;

/**
 * A staff information file (content-staff/listing-staff/<listing>.yml): the staff information,
 * and optionally the listing it is about (the staff admin writes it, and names the file after it).
 */
export const listingStaffFileSchema = staffInfoSchema.extend({
  listing: refersTo(slugSchema.optional().describe('The listing this is about: its file name. The file has the same name.'), { to: 'listings' }),
});
