import { z } from 'astro/zod';
import { ACCEPTING, JOINING_METHODS } from './lists.ts';

/** How to join, and whether there is room. */
export const joiningSchema = z.strictObject({
  method: z.enum(JOINING_METHODS.ids, { error: (issue) => `${JSON.stringify(issue.input)} is not a way to join; use one of ${JOINING_METHODS.ids.join(', ')}` }).describe('turn-up, book, call-first or referral.'),
  accepting: z.enum(ACCEPTING.ids, { error: (issue) => `${JSON.stringify(issue.input)} is not allowed; use one of ${ACCEPTING.ids.join(', ')}` }).default('yes').describe('yes, waiting-list or full.'),
  lookingForMembers: z.boolean().default(false).describe('Set to true to say "looking for new members".'),
  howTo: z.string().trim().optional().describe('Anything else about joining, like "ring Jan to book your first place".'),
});

export type Joining = z.output<typeof joiningSchema>;
