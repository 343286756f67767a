/**
 * Words the staff build shows in more than one place. Kept apart from staff-view.ts so the search
 * page's code can use them without carrying any staff lists.
 */
export const STAFF_WORDS = {
  referralOnly: 'Referral only: not shown to the public',
  takesReferralsNow: 'Takes referrals now',
} as const;
