import { z } from 'astro/zod';

/** Answers to "I don't want to go on my own". */
export const welcomeSchema = z.strictObject({
  firstVisit: z.string().trim().optional().describe('What to expect on your first visit, in plain words.'),
  meetYou: z.string().trim().optional().describe('Who will meet you, like "Sue meets new people for a cuppa beforehand".'),
  bringSomeone: z.boolean().optional().describe('Whether you can bring a friend or carer.'),
  carersFree: z.boolean().optional().describe('Whether carers come free.'),
});

export type Welcome = z.output<typeof welcomeSchema>;
