import type { Ref } from 'react';
import { FLAG, STAFF_FLAG, type IndexLabels, type SearchRecord } from '../../outputs/search/record.ts';
import { AccessFeatures } from './AccessFeatures.tsx';

interface Props {
  record: SearchRecord;
  labels: IndexLabels;
  /** Where it is, from the index's table of places. */
  where: string;
  className?: string;
  ref?: Ref<HTMLLIElement>;
}

/** One search result: what it is, when, where, cost, access and status at a glance. Display only. */
export function ResultCard({ record, labels, where, className, ref }: Props) {
  const features = record.x.flatMap((position) => labels.accessFeatures[position] ?? []);
  const [statusKind, statusText] = record.z ?? [];
  return (
    <li className={['listing-card', className].filter(Boolean).join(' ')} ref={ref}>
      <h3>
        <a href={`/listings/${record.s}/`}>{record.t}</a>
      </h3>
      {labels.staff && record.y !== undefined && (record.y & (STAFF_FLAG.referralOnly | STAFF_FLAG.takesReferrals)) !== 0 && (
        <p>
          {record.y & STAFF_FLAG.referralOnly ? <span className="tag tag--referral">{labels.staff.badges.referralOnly}</span> : null}
          {record.y & STAFF_FLAG.takesReferrals ? <span className="tag">{labels.staff.badges.takesReferralsNow}</span> : null}
        </p>
      )}
      {statusText && (
        <p>
          <span className={`tag tag--${statusKind}`}>{statusText}</span>
        </p>
      )}
      <p>{record.u}</p>
      <dl className="facts">
        <dt>When</dt>
        <dd>{record.n}</dd>
        <dt>Where</dt>
        <dd>{where}</dd>
        <dt>Cost</dt>
        <dd>
          {record.k}
          {record.f & FLAG.helpWithCost ? <span className="cost-help">Help with the cost is available</span> : null}
        </dd>
      </dl>
      <AccessFeatures features={features} />
    </li>
  );
}
