import { z } from 'astro/zod';
import { enumOf } from './fields.ts';
import { ACCEPTING, JOINING_METHODS } from './lists.ts';

/** How to join, and whether there is room. */
export const joiningSchema = z.strictObject({
  method: enumOf(JOINING_METHODS.ids, 'a way to join').describe('turn-up, book, call-first or referral.'),
  accepting: enumOf(ACCEPTING.ids, 'allowed').default('yes').describe('yes, waiting-list or full.'),
  lookingForMembers: z.boolean().default(false).describe('Set to true to say "looking for new members".'),
  howTo: z.string().trim().optional().describe('Anything else about joining, like "ring Jan to book your first place".'),
});

export type Joining = z.output<typeof joiningSchema>;
