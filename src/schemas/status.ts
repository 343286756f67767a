import { z } from 'astro/zod';
import { dateSchema, enumOf } from './fields.ts';
import { STATUSES } from './lists.ts';

/** Whether it is running now. Paused and closed listings say so at the top of the page. */
export const statusSchema = z.strictObject({
  state: enumOf(STATUSES.ids, 'a status').default('running').describe('running, paused or closed.'),
  until: dateSchema.optional().describe('For a pause: the date it starts again, if known.'),
  reason: z.string().trim().optional().describe('Why it is paused or closed, in a few words.'),
});

export type Status = z.output<typeof statusSchema>;
