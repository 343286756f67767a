import type { ReactNode, Ref } from 'react';
import { cardFromRecord } from '../../outputs/search/card.ts';
import type { IndexLabels, SearchRecord } from '../../outputs/search/record.ts';
import { ListingCard } from '../ListingCard.tsx';

interface Props {
  record: SearchRecord;
  labels: IndexLabels;
  /** Where it is, from the index's table of places. */
  where: string;
  className?: string;
  ref?: Ref<HTMLLIElement>;
  action?: ReactNode;
}

/** One search result: the listing card, from the result's record. Display only. */
export function ResultCard({ record, labels, where, className, ref, action }: Props) {
  return <ListingCard card={cardFromRecord(record, labels, where)} {...(className ? { className } : {})} {...(ref ? { ref } : {})} action={action} />;
}
