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
}

/** The filters as GOV.UK-style fieldsets: a legend, an optional hint, then checkboxes (radios for cost). Display only. */
export function FilterFields({ form, labels, lowCostMax, filters, onChange }: Props) {
  return (
    <>
      {shownGroups(labels, lowCostMax).map((group) => {
        const key = group.key as FilterKey;
        const selected = filters[key] ?? [];
        const hintId = group.hint ? `f-${group.param}-hint` : undefined;
        const options = group.kind === 'one' ? [{ id: '', label: 'Any cost' }, ...group.options(labels, lowCostMax)] : group.options(labels, lowCostMax);
        return (
          <fieldset key={group.key} className="filter-group" aria-describedby={hintId}>
            <legend>{legendOf(group, labels)}</legend>
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
        );
      })}
    </>
  );
}
