import { FEE_PERIODS } from '../schemas/lists.ts';
import type { Cost } from '../schemas/cost.ts';

/** "£2", "£2.50" */
export function formatPounds(amount: number): string {
  return Number.isInteger(amount) ? `£${amount}` : `£${amount.toFixed(2)}`;
}

/** The cost in plain words: "Free", "Pay what you can", "£2 a session", or "Cost not given: ask the group". */
export function describeCost(cost: Cost | undefined): string {
  if (!cost) return 'Cost not given: ask the group';
  if (cost.type === 'free') return 'Free';
  if (cost.type === 'donation') return 'Pay what you can';
  if (cost.amount === undefined || cost.per === undefined) return 'There is a charge: ask the group';
  return `${formatPounds(cost.amount)} ${FEE_PERIODS.labels[cost.per]}`;
}

export const isFree = (cost: Cost | undefined): boolean => cost?.type === 'free';

/**
 * Free, pay-what-you-can, or a fee of at most `maxPerSession` pounds a session (site setting).
 * Fees per month, term or course are not compared: they can't be turned into a fair per-session price.
 */
export function isLowCost(cost: Cost | undefined, maxPerSession: number): boolean {
  if (!cost) return false;
  if (cost.type !== 'fee') return true;
  return cost.per === 'session' && cost.amount !== undefined && cost.amount <= maxPerSession;
}

/** The cost filter's choices, worded once for the search and "This week". */
export const costFilterOptions = (lowCostMax: number): { id: 'free' | 'low'; label: string }[] => [
  { id: 'free', label: 'Free' },
  { id: 'low', label: `Free or low cost (up to £${lowCostMax} a session, or pay what you can)` },
];
