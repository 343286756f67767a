import type { SupportContact } from './NoResults.tsx';

/** The other ways to find something, ending a list that starts with the caller's own advice: browse pages and the support phone. Display only. */
export function OtherWays({ support }: { support: SupportContact }) {
  return (
    <>
      <li>
        browse <a href="/categories/">by type of activity</a>, <a href="/towns/">by town</a> or <a href="/days/">by day</a>;
      </li>
      <li>
        call {support.name} on <a href={support.tel}>{support.phone}</a>
        {support.hours ? ` (${support.hours})` : ''} and we will help you find something.
      </li>
    </>
  );
}
