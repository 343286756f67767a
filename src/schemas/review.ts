import { z } from 'astro/zod';
import { dateSchema } from './fields.ts';

/** When someone last checked this listing is right. */
export const reviewSchema = z.strictObject({
  lastConfirmed: dateSchema.describe('The date the details were last confirmed as correct.'),
  confirmedBy: z.string().trim().optional().describe('Who confirmed it: a role, like "group leader", never a name.'),
});

export type Review = z.output<typeof reviewSchema>;
