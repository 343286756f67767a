import type { SearchOutcome } from '../../outputs/search/engine.ts';
import type { SearchState } from '../../outputs/search/url-state.ts';
import { stateToQueryString } from '../../outputs/search/url-state.ts';
import { OtherWays } from './OtherWays.tsx';

/** Who to call; `tel` is worked out on the server so the phone library isn't downloaded. */
export interface SupportContact {
  name: string;
  phone: string;
  tel: string;
  hours?: string;
}

interface Props {
  outcome: SearchOutcome;
  state: SearchState;
  support: SupportContact;
  onChange: (next: SearchState) => void;
}

/** Never a blank page: a spelling suggestion, the filter to drop, browse links and a phone number. Display only. */
export function NoResults({ outcome, state, support, onChange }: Props) {
  const { didYouMean, dropFilter } = outcome;
  const corrected = didYouMean ? { ...state, q: didYouMean } : undefined;
  const widened = dropFilter ? { ...state, filters: { ...state.filters, [dropFilter.key]: [] } } : undefined;
  const follow = (next: SearchState) => (event: React.MouseEvent) => {
    event.preventDefault();
    onChange(next);
  };
  return (
    <div className="no-results">
      <h3>Nothing matched</h3>
      {corrected && (
        <p className="did-you-mean">
          Did you mean{' '}
          <a href={`/search/${stateToQueryString(corrected)}`} onClick={follow(corrected)}>
            {didYouMean}
          </a>
          ?
        </p>
      )}
      {widened && dropFilter && (
        <p>
          <a href={`/search/${stateToQueryString(widened)}`} onClick={follow(widened)}>
            Remove the “{dropFilter.legend}” filter
          </a>{' '}
          to see {dropFilter.count} {dropFilter.count === 1 ? 'listing' : 'listings'}.
        </p>
      )}
      <p>You could also:</p>
      <ul>
        <li>try fewer words, or different ones;</li>
        <OtherWays support={support} />
      </ul>
    </div>
  );
}
