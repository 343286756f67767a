/**
 * The words on the CMS forms. The hints are the schemas' own descriptions; the labels and their
 * order are here, following the questions a resident asks. Every field the CMS shows needs a
 * label here (a test checks), so a field added to a schema can't appear unlabelled.
 */

export interface FormSection {
  /** The resident's question, shown on the first field of the section. */
  question: string;
  fields: string[];
}

export const LISTING_SECTIONS: FormSection[] = [
  { question: 'What is it?', fields: ['title', 'summary', 'organisation', 'kind', 'categories', 'helpsWith'] },
  { question: 'What happens?', fields: ['body', 'photos'] },
  { question: 'Who is it for?', fields: ['audiences', 'ageMin', 'ageMax', 'languages'] },
  { question: 'When?', fields: ['sessions', 'byArrangement', 'whenNote'] },
  { question: 'Where?', fields: ['delivery'] },
  { question: 'What does it cost?', fields: ['cost'] },
  { question: 'Will someone meet me?', fields: ['welcome'] },
  { question: 'How do I join?', fields: ['joining', 'contact'] },
  { question: 'Is it running?', fields: ['status', 'notice', 'review'] },
];

export const VENUE_SECTIONS: FormSection[] = [
  { question: 'What is the place?', fields: ['name', 'kind', 'area'] },
  { question: 'Where is it?', fields: ['address', 'lat', 'lng'] },
  { question: 'Can I get in?', fields: ['access', 'accessStatement'] },
  { question: 'How do I get there?', fields: ['gettingThere'] },
];

export const ORGANISATION_SECTIONS: FormSection[] = [
  { question: 'Who runs it?', fields: ['name', 'type', 'description'] },
  { question: 'How do people get in touch?', fields: ['phone', 'email', 'website'] },
  { question: 'Registered numbers', fields: ['charityNumber', 'companyNumber'] },
];

export const STAFF_INFO_SECTIONS: FormSection[] = [
  { question: 'Which listing?', fields: ['listing'] },
  { question: 'How do I refer?', fields: ['referral'] },
  { question: 'Can they take this person?', fields: ['capacity'] },
  { question: 'Is it safe and funded?', fields: ['assurance', 'fundingUntil'] },
  { question: 'Anything else?', fields: ['notes'] },
];

/** Field labels, by path (list items and session patterns share their list's path). */
export const LABELS: Record<string, string> = {
  // A listing
  title: 'Name of the group or activity',
  summary: 'In one line, what is it?',
  organisation: 'Who runs it',
  kind: 'What sort of thing is it?',
  categories: 'What is it about?',
  helpsWith: 'What can it help with?',
  body: 'What happens at a session, in your own words',
  photos: 'Photos of the entrance or room',
  'photos.src': 'Photo',
  'photos.alt': 'What the photo shows (for people who cannot see it)',
  audiences: 'Who is it for? Tick all that fit',
  ageMin: 'Youngest age (leave empty if any age)',
  ageMax: 'Oldest age (leave empty if any age)',
  languages: 'Languages used',
  sessions: 'When it runs',
  'sessions.weekly': 'Every week',
  'sessions.fortnightly': 'Every other week',
  'sessions.monthly': 'Once or twice a month (like the 1st and 3rd Tuesday)',
  'sessions.dates': 'On particular dates only',
  'sessions.course': 'A course with a start and an end',
  'sessions.days': 'Which days',
  'sessions.day': 'Which day',
  'sessions.from': 'One date it runs on (so we know which weeks)',
  'sessions.monthly.weeks': 'Which weeks of the month',
  'sessions.course.weeks': 'How many weeks',
  'sessions.dates.dates': 'The dates',
  'sessions.startDate': 'First day',
  'sessions.endDate': 'Last day',
  'sessions.start': 'Start time',
  'sessions.end': 'End time',
  'sessions.venue': 'Where (the venue)',
  'sessions.remote': 'Or, if there is no venue: how it runs',
  'sessions.notes': 'Anything else about when (like "term time only")',
  'sessions.skipDates': 'Dates it does not run (like bank holidays)',
  byArrangement: 'No fixed times? The days and hours people can arrange it (a call, a visit)',
  'byArrangement.days': 'Which days (tick every day if it can be any day)',
  'byArrangement.start': 'Earliest time (leave empty if any time)',
  'byArrangement.end': 'Latest time (leave empty if any time)',
  whenNote: 'No fixed times? Say when it is available',
  delivery: 'How it runs',
  cost: 'Cost',
  'cost.type': 'Is there a charge?',
  'cost.amount': 'How much, in pounds (no £ sign)',
  'cost.per': 'For what',
  'cost.concessions': 'Lower prices (concessions)',
  'cost.helpAvailable': 'Help with the cost is available',
  'cost.note': 'Anything else about the cost (like "tea and cake 50p")',
  welcome: 'Coming for the first time',
  'welcome.firstVisit': 'What to expect on your first visit',
  'welcome.meetYou': 'Who will meet you',
  'welcome.bringSomeone': 'You can bring a friend or carer',
  'welcome.carersFree': 'Carers come free',
  joining: 'How to join',
  'joining.method': 'How do people join?',
  'joining.accepting': 'Is there room? (taking new people, waiting list or full)',
  'joining.lookingForMembers': 'Looking for new members',
  'joining.howTo': 'Anything else about joining',
  contact: 'Contact details (shown to the public)',
  'contact.phone': 'Phone number',
  'contact.phoneRole': 'Who answers the phone (a role, like "group leader")',
  'contact.onTheDayPhone': 'A number to ring on the day, if different',
  'contact.email': 'Email',
  'contact.website': 'Web page',
  'contact.social': 'Social media pages',
  status: 'Running, paused or closed',
  'status.state': 'Is it running?',
  'status.until': 'Paused until (the date it starts again, if known)',
  'status.reason': 'Why it is paused or closed, in a few words',
  notice: 'A short notice at the top of the page',
  review: 'Still correct?',
  'review.lastConfirmed': 'Last confirmed as correct: press "Now" to confirm the listing is still correct today',
  'review.confirmedBy': 'Who confirmed it (a role, like "group leader", never a name)',
  // A venue
  name: 'Name',
  area: 'Listed under which town or village',
  address: 'Address',
  'address.lines': 'Street address lines',
  'address.town': 'Town or village',
  'address.postcode': 'Postcode',
  lat: 'Map point: latitude (like 50.3392)',
  lng: 'Map point: longitude (like -4.7935)',
  access: 'Access features',
  accessStatement: 'Access, in your own words',
  gettingThere: 'Getting there',
  'gettingThere.bus': 'By bus',
  'gettingThere.walking': 'Walking',
  'gettingThere.parking': 'Parking',
  // An organisation
  type: 'What kind of organisation',
  description: 'What the organisation does',
  phone: 'Phone number',
  email: 'Email',
  website: 'Website',
  charityNumber: 'Registered charity number',
  companyNumber: 'Company or CIC number',
  // Staff information (staff admin only)
  listing: 'The listing this is about',
  referral: 'How to refer',
  'referral.method': 'How to refer',
  'referral.steps': 'Step by step',
  'referral.formUrl': 'Online referral form',
  'referral.email': 'Where to send referrals',
  'referral.contact': 'A direct contact for referrers',
  'referral.contact.name': 'Name',
  'referral.contact.role': 'Role',
  'referral.contact.phone': 'Direct phone',
  'referral.contact.email': 'Direct email',
  capacity: 'Capacity and suitability',
  'capacity.waitingListWeeks': 'Roughly how many weeks people wait',
  'capacity.higherNeeds': 'Can it support people with higher or complex needs?',
  'capacity.cannotOffer': 'Anything it cannot offer',
  assurance: 'Assurance checks',
  'assurance.safeguarding': 'Safeguarding policy',
  'assurance.dbs': 'DBS-checked volunteers',
  'assurance.insurance': 'Public liability insurance',
  'assurance.safeguarding.inPlace': 'A safeguarding policy is in place',
  'assurance.safeguarding.seen': 'Date a coordinator last saw it',
  'assurance.dbs.inPlace': 'Volunteers are DBS-checked',
  'assurance.dbs.seen': 'Date a coordinator last saw the checks',
  'assurance.insurance.inPlace': 'Public liability insurance is in place',
  'assurance.insurance.seen': 'Date a coordinator last saw the certificate',
  fundingUntil: 'Funding runs until',
  notes: 'Notes for staff',
  staff: 'Staff-only information (how to refer, capacity, assurance, funding, notes)',
};

/** Fields that take a paragraph rather than a line. */
export const MULTILINE = new Set([
  'welcome.firstVisit',
  'joining.howTo',
  'description',
  'accessStatement',
  'notes',
  'capacity.cannotOffer',
  'gettingThere.bus',
  'gettingThere.walking',
  'gettingThere.parking',
  'whenNote',
  'status.reason',
]);

/** Fields a form leaves out on purpose, and why. Decap keeps what it doesn't show when it saves. */
export const LEFT_OUT: Record<string, string> = {
  visibility: 'each tree has its own default (public in content/, referral-only in the staff tree), and a listing in the wrong tree is refused',
  staff: 'staff information lives in the staff tree, edited in the staff admin',
  editors: 'who may edit an organisation is decided by coordinators, not by the group itself; it is changed by a coordinator in git and checked at review',
};

/** What one item of a list is called, for its "Add …" button. */
export const LIST_ITEMS: Record<string, string> = {
  sessions: 'a time it runs',
  photos: 'a photo',
  'sessions.skipDates': 'a date it does not run',
  'sessions.dates.dates': 'a date',
  'contact.social': 'a social media page',
  'address.lines': 'an address line',
  'referral.steps': 'a step',
  'staff.referral.steps': 'a step',
};
