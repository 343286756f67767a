import type { PublicListingData } from '../schemas/listing.ts';
import { REFERRAL_METHODS, SUPPORT_LEVELS } from '../schemas/lists.ts';
import type { StaffInfo } from '../schemas/staff.ts';
import { addDays, formatDate } from './schedule-text.ts';
import { STAFF_WORDS } from './staff-words.ts';

/**
 * What the staff build shows about a listing beyond the public page: how to refer, capacity,
 * assurance, funding and notes. Only built when the build's audience is staff (see
 * src/data/visibility.ts); the public build never has staff information to read from.
 */
export interface StaffView {
  referralOnly: boolean;
  /** Has a way to refer (a referral method, or joining by referral) and is taking people now. */
  takesReferralsNow: boolean;
  referral?: {
    methodId: (typeof REFERRAL_METHODS.ids)[number];
    method: string;
    steps: string[];
    formUrl?: string;
    email?: string;
    contact?: NonNullable<StaffInfo['referral']>['contact'];
  };
  waitingListWeeks?: number;
  higherNeeds?: { id: (typeof SUPPORT_LEVELS.ids)[number]; label: string };
  cannotOffer?: string;
  assurance: AssuranceLine[];
  funding?: { until: string; text: string; state: 'funded' | 'ending-soon' | 'ended' };
  notes?: string;
  /** True when the listing has no staff block at all, so the page can ask for one. */
  nothingRecorded: boolean;
}

export interface AssuranceLine {
  key: 'safeguarding' | 'dbs' | 'insurance';
  label: string;
  text: string;
  state: 'in-place' | 'not-in-place' | 'not-recorded';
}

const ASSURANCE = [
  { key: 'safeguarding', label: 'Safeguarding policy' },
  { key: 'dbs', label: 'DBS-checked volunteers' },
  { key: 'insurance', label: 'Public liability insurance' },
] as const;

/**
 * The staff search filters' options, in STAFF_FLAG bit order (src/outputs/search/record.ts). They
 * travel in the staff search index only, so the public site's code never carries them.
 */
export const STAFF_FILTER_OPTIONS = {
  show: [
    { id: 'referral-only', label: 'Referral only (not on the public site)' },
    { id: 'takes-referrals', label: STAFF_WORDS.takesReferralsNow },
    { id: 'higher-needs', label: 'Can support higher or complex needs (fully or some)' },
  ],
  methods: REFERRAL_METHODS.items.map(({ id, label }) => ({ id, label })),
  legends: { referral: 'Referrals (staff)', method: 'How to refer (staff)' },
  badges: STAFF_WORDS,
};

/** Funding that ends within this many days is flagged as ending soon. */
export const FUNDING_WARNING_DAYS = 90;

const dateText = (date: string) => formatDate(date, { weekday: false });

export function fundingState(until: string, today: string): 'funded' | 'ending-soon' | 'ended' {
  if (until < today) return 'ended';
  return until <= addDays(today, FUNDING_WARNING_DAYS) ? 'ending-soon' : 'funded';
}

/** `taking` is whether the listing is running and taking new people (no status banner). */
export function shapeStaff(data: PublicListingData, staff: StaffInfo | undefined, taking: boolean, today: string): StaffView {
  const referral = staff?.referral;
  const canRefer = referral !== undefined || data.joining.method === 'referral';
  const capacity = staff?.capacity;
  const funding = staff?.fundingUntil;
  const fundingStateNow = funding ? fundingState(funding, today) : undefined;
  return {
    referralOnly: data.visibility === 'referral-only',
    takesReferralsNow: canRefer && taking,
    ...(referral
      ? {
          referral: {
            methodId: referral.method,
            method: REFERRAL_METHODS.labels[referral.method],
            steps: referral.steps,
            ...(referral.formUrl ? { formUrl: referral.formUrl } : {}),
            ...(referral.email ? { email: referral.email } : {}),
            ...(referral.contact ? { contact: referral.contact } : {}),
          },
        }
      : {}),
    ...(capacity?.waitingListWeeks !== undefined ? { waitingListWeeks: capacity.waitingListWeeks } : {}),
    ...(capacity?.higherNeeds ? { higherNeeds: { id: capacity.higherNeeds, label: SUPPORT_LEVELS.labels[capacity.higherNeeds] } } : {}),
    ...(capacity?.cannotOffer ? { cannotOffer: capacity.cannotOffer } : {}),
    assurance: ASSURANCE.map(({ key, label }) => {
      const item = staff?.assurance?.[key];
      if (!item) return { key, label, text: 'Not recorded', state: 'not-recorded' as const };
      const seen = item.seen ? `, seen ${dateText(item.seen)}` : ', date not recorded';
      return item.inPlace ? { key, label, text: `In place${seen}`, state: 'in-place' as const } : { key, label, text: 'Not in place', state: 'not-in-place' as const };
    }),
    ...(funding && fundingStateNow
      ? {
          funding: {
            until: funding,
            state: fundingStateNow,
            text: `${fundingStateNow === 'ended' ? 'Funding ended' : 'Funded until'} ${dateText(funding)}${fundingStateNow === 'ending-soon' ? ' (ending soon)' : ''}`,
          },
        }
      : {}),
    ...(staff?.notes ? { notes: staff.notes } : {}),
    nothingRecorded: staff === undefined,
  };
}
