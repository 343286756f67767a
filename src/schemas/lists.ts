/**
 * Fixed lists that are part of the software rather than the content.
 * Each list feeds the zod enums, the page labels, the filters, the CMS selects and the exports,
 * so add or rename a value here and nowhere else.
 * (Lists an area may change — categories, audiences, towns — live in content/taxonomies/.)
 */

/** Build a list of `{ id, label }` codes with a typed tuple of ids for `z.enum`. */
function codeList<const T extends readonly { id: string; label: string }[]>(items: T) {
  const ids = items.map((item) => item.id) as unknown as { [K in keyof T]: T[K]['id'] };
  const labels = Object.fromEntries(items.map((item) => [item.id, item.label])) as Record<T[number]['id'], string>;
  return { items, ids, labels };
}

export const DAYS = /* @__PURE__ */ codeList([
  { id: 'mon', label: 'Monday' },
  { id: 'tue', label: 'Tuesday' },
  { id: 'wed', label: 'Wednesday' },
  { id: 'thu', label: 'Thursday' },
  { id: 'fri', label: 'Friday' },
  { id: 'sat', label: 'Saturday' },
  { id: 'sun', label: 'Sunday' },
] as const);
export type Day = (typeof DAYS.ids)[number];
/** Monday to Friday. */
export const WEEKDAYS: readonly Day[] = ['mon', 'tue', 'wed', 'thu', 'fri'];

export const TIMES_OF_DAY = /* @__PURE__ */ codeList([
  { id: 'morning', label: 'Morning (before 12 noon)' },
  { id: 'afternoon', label: 'Afternoon (12 noon to 5pm)' },
  { id: 'evening', label: 'Evening (after 5pm)' },
] as const);
export type TimeOfDay = (typeof TIMES_OF_DAY.ids)[number];

export const LISTING_KINDS = /* @__PURE__ */ codeList([
  { id: 'group', label: 'Regular group or activity' },
  { id: 'one-to-one', label: 'One-to-one support' },
  { id: 'course', label: 'Course' },
  { id: 'drop-in', label: 'Drop-in advice' },
  { id: 'event', label: 'One-off event' },
  { id: 'remote', label: 'Phone or online service' },
  { id: 'home-visits', label: 'Home visits' },
] as const);

export const DELIVERY_MODES = /* @__PURE__ */ codeList([
  { id: 'in-person', label: 'In person' },
  { id: 'online', label: 'Online' },
  { id: 'phone', label: 'By phone' },
  { id: 'home-visit', label: 'Home visits' },
  { id: 'outdoors', label: 'Outdoors (weather dependent)' },
] as const);
export type DeliveryMode = (typeof DELIVERY_MODES.ids)[number];

/** Where a session happens when it has no venue. */
export const REMOTE_MODES = /* @__PURE__ */ codeList([
  { id: 'online', label: 'Online' },
  { id: 'phone', label: 'By phone' },
  { id: 'home-visit', label: 'In your own home' },
] as const);

export const COST_TYPES = /* @__PURE__ */ codeList([
  { id: 'free', label: 'Free' },
  { id: 'donation', label: 'Pay what you can' },
  { id: 'fee', label: 'There is a charge' },
] as const);

export const FEE_PERIODS = /* @__PURE__ */ codeList([
  { id: 'session', label: 'a session' },
  { id: 'month', label: 'a month' },
  { id: 'term', label: 'a term' },
  { id: 'course', label: 'for the course' },
  { id: 'year', label: 'a year' },
] as const);

export const JOINING_METHODS = /* @__PURE__ */ codeList([
  { id: 'turn-up', label: 'Just turn up' },
  { id: 'book', label: 'Book ahead' },
  { id: 'call-first', label: 'Call first' },
  { id: 'referral', label: 'Referral needed: ask your GP or link worker' },
] as const);

export const ACCEPTING = /* @__PURE__ */ codeList([
  { id: 'yes', label: 'Taking new people' },
  { id: 'waiting-list', label: 'Waiting list' },
  { id: 'full', label: 'Full' },
] as const);

export const STATUSES = /* @__PURE__ */ codeList([
  { id: 'running', label: 'Running' },
  { id: 'paused', label: 'Paused' },
  { id: 'closed', label: 'Closed' },
] as const);

export const VISIBILITIES = /* @__PURE__ */ codeList([
  { id: 'public', label: 'Public' },
  { id: 'referral-only', label: 'Referral only (staff build only)' },
] as const);
export type Visibility = (typeof VISIBILITIES.ids)[number];
/** Which content tree holds listings of each visibility; a listing in the other tree is an error (fail closed). */
export const VISIBILITY_TREE: Record<Visibility, 'content' | 'staff'> = { public: 'content', 'referral-only': 'staff' };

export const REFERRAL_METHODS = /* @__PURE__ */ codeList([
  { id: 'online-form', label: 'Online referral form' },
  { id: 'emailed-form', label: 'Referral form sent by email' },
  { id: 'email-leader', label: 'Email the group leader' },
  { id: 'phone-first', label: 'Phone to talk first' },
] as const);

export const SUPPORT_LEVELS = /* @__PURE__ */ codeList([
  { id: 'yes', label: 'Yes' },
  { id: 'some', label: 'Some, ask first' },
  { id: 'no', label: 'No' },
] as const);

export const ORGANISATION_TYPES = /* @__PURE__ */ codeList([
  { id: 'charity', label: 'Charity' },
  { id: 'cic', label: 'Community interest company' },
  { id: 'community-group', label: 'Community group' },
  { id: 'faith-group', label: 'Faith group' },
  { id: 'nhs', label: 'NHS' },
  { id: 'council', label: 'Council' },
  { id: 'business', label: 'Business' },
] as const);

export const VENUE_KINDS = /* @__PURE__ */ codeList([
  { id: 'building', label: 'Building' },
  { id: 'outdoor', label: 'Outdoor meeting point' },
] as const);

export const LANGUAGES = /* @__PURE__ */ codeList([
  { id: 'en', label: 'English' },
  { id: 'kw', label: 'Cornish' },
  { id: 'bsl', label: 'British Sign Language' },
  { id: 'pl', label: 'Polish' },
  { id: 'pt', label: 'Portuguese' },
  { id: 'ro', label: 'Romanian' },
  { id: 'cy', label: 'Welsh' },
] as const);

/**
 * The git hosts the CMS can save to, and what each can do (Decap CMS 3.16). Edits are always
 * reviewed (the editorial workflow), so a host without it is refused; open authoring lets people
 * without write access propose edits from their own fork.
 */
export const CMS_BACKENDS = /* @__PURE__ */ codeList([
  { id: 'github', label: 'GitHub', editorialWorkflow: true, openAuthoring: true },
  { id: 'gitlab', label: 'GitLab', editorialWorkflow: true, openAuthoring: false },
  { id: 'forgejo', label: 'Forgejo (Codeberg)', editorialWorkflow: true, openAuthoring: true },
  { id: 'gitea', label: 'Gitea', editorialWorkflow: false, openAuthoring: false },
] as const);
export type CmsBackend = (typeof CMS_BACKENDS.ids)[number];

/**
 * What the printed booklet does with a listing nobody has confirmed for a year or more
 * (site.yml `print.staleListings`): print it with "Not checked for over a year: ring first", or
 * leave it out.
 */
export const STALE_IN_PRINT = /* @__PURE__ */ codeList([
  { id: 'mark', label: 'Print it, marked "ring first"' },
  { id: 'leave-out', label: 'Leave it out' },
] as const);
export type StaleInPrint = (typeof STALE_IN_PRINT.ids)[number];
