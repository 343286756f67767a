import type { FilterKey } from '../../outputs/search/filters.ts';

interface Props {
  /** The ticked options, in form order (selectedOptions in src/outputs/search/filters.ts). */
  tags: { key: FilterKey; id: string; label: string }[];
  onRemove: (key: FilterKey, id: string, position: number) => void;
}

/** The filters in use, above the results: each a button that removes it. Not printed (the print says them in words). Display only. */
export function FilterTags({ tags, onRemove }: Props) {
  if (tags.length === 0) return null;
  return (
    <ul className="filter-tags no-print" aria-label="Filters in use">
      {tags.map(({ key, id, label }, position) => (
        <li key={`${key}-${id}`}>
          <button className="filter-tag" type="button" aria-label={`Remove filter: ${label}`} onClick={() => onRemove(key, id, position)}>
            {label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
