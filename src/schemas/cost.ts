import { z } from 'astro/zod';
import { enumOf } from './fields.ts';
import { COST_TYPES, FEE_PERIODS } from './lists.ts';

/** What it costs to take part. */
export const costSchema = z
  .strictObject({
    type: enumOf(COST_TYPES.ids, 'a cost type').describe('free, donation (pay what you can) or fee.'),
    amount: z.number({ error: 'should be a number of pounds, like 2 or 2.50 (no £ sign)' }).nonnegative().optional().describe('For a fee: the amount in pounds.'),
    per: enumOf(FEE_PERIODS.ids, 'a fee period').optional().describe('For a fee: what the amount is for: session, month, term, course or year.'),
    concessions: z.string().trim().optional().describe('Any lower prices, like "£20 for people on benefits".'),
    helpAvailable: z.boolean().default(false).describe('Whether help with the cost is available.'),
    note: z.string().trim().optional().describe('Anything else about cost, like "tea and cake 50p".'),
  })
  .superRefine((cost, ctx) => {
    if (cost.type === 'fee' && cost.amount === undefined) ctx.addIssue({ code: 'custom', path: ['amount'], message: 'is missing; a fee needs an amount in pounds, like amount: 2' });
    if (cost.type === 'fee' && cost.per === undefined) ctx.addIssue({ code: 'custom', path: ['per'], message: `is missing; say what the fee is for: ${FEE_PERIODS.ids.join(', ')}` });
  });

export type Cost = z.output<typeof costSchema>;
