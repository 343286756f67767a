import { legendOf, shownGroups, type FilterKey, type SearchFilters } from '../../outputs/search/filters.ts';
import { optionId } from '../../outputs/search/nojs-css.ts';
import type { IndexLabels } from '../../outputs/search/record.ts';

interface Props {
  /** The form the boxes belong to (they sit beside it, in the sidebar). */
  form: string;
  labels: IndexLabels;
  lowCostMax: number;
  filters: SearchFilters;
  onChange: (key: FilterKey, values: string[]) => void;
  /**
   * Which groups are unfolded: every one (without JavaScript, and on wide screens), or, on a phone,
   * only those the person opened, so the filters are never 70 boxes long.
   */
  open?: 'all' | ReadonlySet<string>;
  onFold?: (key: FilterKey, open: boolean) => void;
}

/** The filters as GOV.UK-style fieldsets: a legend, an optional hint, then checkboxes (radios for cost), each group in its own fold. Display only. */
export function FilterFields({ form, labels, lowCostMax, filters, onChange, open = 'all', onFold }: Props) {
  return (
    <>
      {shownGroups(labels, lowCostMax).map((group) => {
        const key = group.key as FilterKey;
        const selected = filters[key] ?? [];
        const hintId = group.hint ? `f-${group.param}-hint` : undefined;
        const options = group.kind === 'one' ? [{ id: '', label: 'Any cost' }, ...group.options(labels, lowCostMax)] : group.options(labels, lowCostMax);
        const legend = legendOf(group, labels);
        return (
          <details key={group.key} className="filter-fold" open={open === 'all' || open.has(key)} onToggle={(event) => onFold?.(key, event.currentTarget.open)}>
            <summary>
              {legend}
              {selected.length > 0 && <span className="filter-fold-count"> ({selected.length} selected)</span>}
            </summary>
            <fieldset className="filter-group" aria-describedby={hintId}>
              <legend className="visually-hidden">{legend}</legend>
              {group.hint && (
                <p className="hint" id={hintId}>
                  {group.hint}
                </p>
              )}
              <div className="checkboxes">
                {options.map((option) => {
                  const id = optionId(group, option.id || 'any');
                  const checked = group.kind === 'one' ? (selected[0] ?? '') === option.id : selected.includes(option.id);
                  const toggle = () => {
                    if (group.kind === 'one') onChange(key, option.id ? [option.id] : []);
                    else onChange(key, checked ? selected.filter((value) => value !== option.id) : [...selected, option.id]);
                  };
                  return (
                    <div className="checkbox" key={option.id || 'any'}>
                      <input id={id} form={form} type={group.kind === 'one' ? 'radio' : 'checkbox'} name={group.param} value={option.id} checked={checked} onChange={toggle} />
                      <label htmlFor={id}>{option.label}</label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          </details>
        );
      })}
    </>
  );
}
