import type { ReactNode } from 'react';
import type { PaperEntry as Entry } from '../../domain/paper-entry.ts';
import './PaperEntry.css';

interface Props {
  entry: Entry;
  headingLevel?: 'h2' | 'h3';
  /** An id for the entry, so contents and index can point to it. */
  id?: string;
  /** What goes after the facts: a note, a QR code. */
  children?: ReactNode;
}

/** One fact, label and value, kept on one row (a grid would not split between pages in Paged.js). */
function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className={`paper-fact paper-fact--${label.toLowerCase().replace(/\W+/g, '-')}`}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * A listing on paper: the booklet, the shortlist card and the flyer. It leads with what matters
 * offline. Display only: the words come from src/domain/paper-entry.ts.
 */
export function PaperEntry({ entry, headingLevel = 'h3', id, children }: Props) {
  const Heading = headingLevel;
  return (
    <article className="paper-entry" {...(id ? { id } : {})}>
      <Heading className="paper-entry-title">{entry.title}</Heading>
      {entry.marks.length > 0 && (
        <p className="paper-marks">
          {entry.marks.map((mark) => (
            <strong key={mark}>{mark}. </strong>
          ))}
        </p>
      )}
      <dl className="paper-facts">
        <Fact label="When">
          {entry.when.join('; ')}.{entry.next && ` ${entry.next}.`}
        </Fact>
        <Fact label="Where">
          {entry.where.join('; ')}.
          {entry.bus.length > 0 && (
            <>
              {' '}
              <strong>Bus:</strong> {entry.bus.join(' ')}
            </>
          )}
        </Fact>
        {(entry.phone || entry.onTheDay) && (
          <Fact label="Phone">
            {entry.phone && <strong className="paper-phone">{entry.phone}</strong>}
            {entry.phoneRole && ` (${entry.phoneRole})`}
            {entry.onTheDay && (
              <>
                {entry.phone && '. '}
                If there's a problem on the day, ring <strong className="paper-phone">{entry.onTheDay}</strong>
              </>
            )}
          </Fact>
        )}
        <Fact label="Cost">
          {entry.cost}
          {entry.helpWithCost && '. Help with the cost is available'}. <strong>How to join:</strong> {entry.join}.
        </Fact>
        <Fact label="What happens">
          {entry.what}
          {entry.meetYou && (
            <>
              {' '}
              <strong>Someone will meet you:</strong> {entry.meetYou}
            </>
          )}
        </Fact>
        {entry.access.length > 0 && <Fact label="Access">{entry.access.join(', ')}.</Fact>}
      </dl>
      {children}
    </article>
  );
}
