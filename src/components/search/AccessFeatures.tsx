import { Accessibility, Armchair, Brain, Bus, CircleCheck, CircleParking, Ear, Toilet, VolumeX, type LucideIcon } from 'lucide-react';
import type { LabelTerm } from '../../outputs/search/record.ts';

/** Icons for the access features in the example taxonomy; an area's own features get a tick. Always shown with their words. */
const ICONS: Record<string, LucideIcon> = {
  'step-free': Accessibility,
  'accessible-toilet': Toilet,
  'changing-places': Toilet,
  'hearing-loop': Ear,
  parking: CircleParking,
  'blue-badge': CircleParking,
  'bus-stop': Bus,
  seating: Armchair,
  'quiet-space': VolumeX,
  'dementia-friendly': Brain,
};

export function AccessFeatures({ features }: { features: readonly LabelTerm[] }) {
  if (features.length === 0) return null;
  return (
    <ul className="access-features" aria-label="Access">
      {features.map((feature) => {
        const Icon = ICONS[feature.id] ?? CircleCheck;
        return (
          <li key={feature.id}>
            <Icon aria-hidden="true" focusable="false" size={18} strokeWidth={2.25} />
            {feature.label}
          </li>
        );
      })}
    </ul>
  );
}
