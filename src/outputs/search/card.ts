import type { ListingCardModel } from '../../domain/card.ts';
import { formatDate } from '../../domain/schedule-text.ts';
import { FLAG, nextTimes, STAFF_FLAG, telOf, type IndexLabels, type SearchRecord } from './record.ts';

/** The card of a search result, from its record: the same model, and so the same words, as every other listing card. */
export function cardFromRecord(record: SearchRecord, labels: IndexLabels, where: string): ListingCardModel {
  const staff = labels.staff;
  const flags = record.y ?? 0;
  return {
    slug: record.s,
    title: record.t,
    summary: record.u,
    pattern: record.q,
    ...(record.n ? { next: `${formatDate(Array.isArray(record.n) ? record.n[0] : record.n)}, ${nextTimes(record)}` } : {}),
    where,
    cost: record.k,
    helpWithCost: (record.f & FLAG.helpWithCost) !== 0,
    join: record.j,
    ...(record.g ? { phone: Array.isArray(record.g) ? { text: record.g[0], href: record.g[1] } : { text: record.g, href: telOf(record.g) } } : {}),
    ...(record.z ? { status: { kind: record.z[0], text: record.z[1] } } : {}),
    access: record.x.flatMap((position) => labels.accessFeatures[position] ?? []),
    staffTags: staff ? [...(flags & STAFF_FLAG.referralOnly ? [staff.badges.referralOnly] : []), ...(flags & STAFF_FLAG.takesReferrals ? [staff.badges.takesReferralsNow] : [])] : [],
  };
}
