import type { ListingCardModel } from '../domain/card.ts';
import { AccessFeatures } from './search/AccessFeatures.tsx';
import './ListingCard.css';

interface Props {
  card: ListingCardModel;
  headingLevel?: 'h2' | 'h3' | 'h4';
  /**
   * The time of one occasion ("10am to 12 noon"), for a day-by-day list such as "This week". It
   * makes the card compact: the time and the usual pattern, where, cost, how to join and phone,
   * without the summary and access features, which the listing's own page has.
   */
  occasion?: string;
  className?: string;
  ref?: React.Ref<HTMLLIElement>;
  /** A control after the card's facts, like "Add to my list" in search results. */
  action?: React.ReactNode;
}

/**
 * The one listing card: in browse lists, organisation and venue pages, the A to Z and "This week" (rendered
 * to HTML at build time, with no JavaScript), and in the search island. Display only: the words
 * come from the card model (src/domain/card.ts).
 */
export function ListingCard({ card, headingLevel = 'h3', occasion, className, ref, action }: Props) {
  const Heading = headingLevel;
  const compact = occasion !== undefined;
  return (
    <li className={['listing-card', compact && 'listing-card--compact', className].filter(Boolean).join(' ')} ref={ref}>
      <Heading>
        <a href={`/listings/${card.slug}/`}>{card.title}</a>
      </Heading>
      {(card.staffTags.length > 0 || card.status) && (
        <p>
          {card.staffTags.map((tag) => (
            <span key={tag} className={tag.startsWith('Referral only') ? 'tag tag--referral' : 'tag'}>
              {tag}
            </span>
          ))}
          {card.status && <span className={`tag tag--${card.status.kind}`}>{card.status.text}</span>}
        </p>
      )}
      {!compact && <p>{card.summary}</p>}
      <dl className="facts">
        {compact ? (
          <>
            <dt>Time</dt>
            <dd>{occasion}</dd>
            <dt>Usually</dt>
            <dd>{card.pattern}</dd>
          </>
        ) : (
          <>
            <dt>When</dt>
            <dd>
              {card.pattern}
              {card.next && <span className="card-next">Next: {card.next}</span>}
            </dd>
          </>
        )}
        <dt>Where</dt>
        <dd>{card.where}</dd>
        <dt>Cost</dt>
        <dd>
          {card.cost}
          {card.helpWithCost && <span className="cost-help">Help with the cost is available</span>}
        </dd>
        <dt>How to join</dt>
        <dd>{card.join}</dd>
        {card.phone && (
          <>
            <dt>Phone</dt>
            <dd>
              <a className="card-phone" href={card.phone.href}>
                {card.phone.text}
              </a>
            </dd>
          </>
        )}
      </dl>
      {!compact && <AccessFeatures features={card.access} />}
      {action}
    </li>
  );
}
