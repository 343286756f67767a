import { z } from 'astro/zod';
import { closestMatch } from '../core/spelling.ts';
import { contactSchema } from './contact.ts';
import { arrangementSchema } from './arrangement.ts';
import { costSchema } from './cost.ts';
import { enumOf, shortText, slugSchema } from './fields.ts';
import { joiningSchema } from './joining.ts';
import { DELIVERY_MODES, LANGUAGES, LISTING_KINDS, VISIBILITIES, type Visibility } from './lists.ts';
import { reviewSchema } from './review.ts';
import { sessionSchema } from './session.ts';
import { STAFF_FOLDERS } from './content-layout.ts';
import { staffOnly, type PublicData, type StaffData } from './publication.ts';
import { refersTo } from './references.ts';
import { staffInfoSchema } from './staff.ts';
import { statusSchema } from './status.ts';
import type { Taxonomies } from './taxonomy.ts';
import { welcomeSchema } from './welcome.ts';

/** The taxonomy codes a listing may use, read from content/taxonomies/. */
export type Vocabulary = Pick<Taxonomies, 'categories' | 'audiences' | 'helpsWith'>;

/** A code that must appear in one taxonomy file; the error names the file and suggests a spelling. */
function termFrom(terms: readonly { id: string }[], what: string, file: string, taxonomy: keyof Vocabulary) {
  const ids = terms.map((term) => term.id);
  const term = z.string().refine((value) => ids.includes(value), {
    error: (issue) => {
      const suggestion = typeof issue.input === 'string' ? closestMatch(issue.input, ids) : undefined;
      const hint = suggestion ? `did you mean ${suggestion}?` : `use one of the codes in content/taxonomies/${file}`;
      return `${JSON.stringify(issue.input)} is not ${what}; ${hint}`;
    },
  });
  return refersTo(term, { taxonomy });
}

/** A photo of the entrance or the room. Alt text is required. */
const photoSchema = z.strictObject({
  src: refersTo(
    z
      .string()
      .trim()
      .min(1)
      .describe(
        'The file name of the photo in the images folder of the same content tree, like hall-entrance.jpg (content/images/hall-entrance.jpg). It is published only in a build that shows this listing.',
      ),
    { to: 'images' },
  ),
  alt: z
    .string({ error: 'is missing; describe the photo for people who cannot see it, like "The ramp up to the hall door"' })
    .trim()
    .min(1, { error: 'is empty; describe the photo for people who cannot see it' })
    .describe('What the photo shows, for people who cannot see it.'),
});

/**
 * A listing: one group, activity or service (content/listings/<slug>.md). The file name is its
 * id and URL. The Markdown body says what happens at a session, in the group's own words.
 */
export function makeListingSchema(vocabulary: Vocabulary) {
  return (
    z
      .strictObject({
        title: shortText(100).describe('The name of the group or activity.'),
        organisation: refersTo(slugSchema.describe('The organisation that runs it: its file name in content/organisations/. Not in the list? Add it under Organisations first.'), {
          to: 'organisations',
        }),
        summary: shortText(160).describe('One line in plain words, 160 characters or fewer.'),
        kind: enumOf(LISTING_KINDS.ids, 'a kind of listing').describe('What sort of thing it is.'),
        categories: z
          .array(termFrom(vocabulary.categories, 'a category', 'categories.yml', 'categories'))
          .min(1, { error: 'needs at least one category' })
          .describe('Categories from content/taxonomies/categories.yml.'),
        helpsWith: z
          .array(termFrom(vocabulary.helpsWith, 'a "helps with" tag', 'helps-with.yml', 'helpsWith'))
          .default([])
          .describe('How it can help, from content/taxonomies/helps-with.yml.'),
        audiences: z
          .array(termFrom(vocabulary.audiences, 'an audience', 'audiences.yml', 'audiences'))
          .min(1, { error: 'needs at least one audience, like [everyone]' })
          .describe('Who it is for, from content/taxonomies/audiences.yml.'),
        ageMin: z.number().int().min(0).max(120).optional().describe('The youngest age it is for.'),
        ageMax: z.number().int().min(0).max(120).optional().describe('The oldest age it is for.'),
        sessions: z.array(sessionSchema).default([]).describe('When and where it runs.'),
        whenNote: z.string().trim().optional().describe('For services with no fixed times, like "calls at a time that suits you".'),
        byArrangement: arrangementSchema
          .optional()
          .describe('For services at a time arranged with the person (phone calls, home visits, one-to-one): the days and hours it can be arranged. The day and time filters include it then.'),
        delivery: z.array(enumOf(DELIVERY_MODES.ids, 'a way of running')).min(1, { error: 'needs at least one way it runs, like [in-person]' }).describe('How it is delivered.'),
        cost: costSchema.optional().describe('What it costs. If left out, the page says the cost is not known.'),
        joining: joiningSchema.describe('How to join and whether there is room.'),
        welcome: welcomeSchema.default({}).describe('What to expect and who will meet you.'),
        contact: contactSchema.default({ social: [] }).describe('Public contact details.'),
        status: statusSchema.default({ state: 'running' }).describe('Whether it is running, paused or closed.'),
        notice: z.string().trim().max(200).optional().describe('A short notice shown at the top, like "Meeting online until the hall reopens".'),
        visibility: enumOf(VISIBILITIES.ids, 'a visibility')
          .optional()
          .describe(
            'public (listings in content/) or referral-only (listings in content-staff/, shown in the staff build only). Each tree has its own default, and a listing in the wrong tree is an error.',
          ),
        staff: staffOnly(
          staffInfoSchema.optional().describe('Staff-only information: how to refer, capacity, assurance, funding and notes.'),
          (slug, staffDir) => `${staffDir}/${STAFF_FOLDERS.listingStaff}/${slug}.yml`,
          'content/ is what groups edit and may be a public repository',
        ),
        review: reviewSchema.describe('When the details were last confirmed.'),
        photos: z.array(photoSchema).default([]).describe('Photos of the entrance or room.'),
        languages: z.array(enumOf(LANGUAGES.ids, 'a language code')).default(['en']).describe('Languages used.'),
      })
      // `when` makes these rules run even when another field is wrong, so every problem is reported at once.
      // The values may then be unparsed, hence the type checks.
      .superRefine(
        (listing, ctx) => {
          if (typeof listing !== 'object' || listing === null) return;
          if (typeof listing.ageMin === 'number' && typeof listing.ageMax === 'number' && listing.ageMax < listing.ageMin) {
            ctx.addIssue({ code: 'custom', path: ['ageMax'], message: `${listing.ageMax} is lower than ageMin ${listing.ageMin}; check the ages` });
          }
          const noSessions = Array.isArray(listing.sessions) && listing.sessions.length === 0;
          const needsSessions = typeof listing.kind === 'string' && !['one-to-one', 'remote', 'home-visits'].includes(listing.kind);
          if (noSessions && needsSessions) {
            ctx.addIssue({ code: 'custom', path: ['sessions'], message: 'is empty; add at least one session saying when and where it runs' });
          } else if (noSessions && !listing.whenNote && !listing.byArrangement) {
            ctx.addIssue({
              code: 'custom',
              path: ['whenNote'],
              message: 'is missing; with no sessions, say when it is available, like "weekdays 9am to 5pm", and give the days it can be arranged under byArrangement',
            });
          }
        },
        { when: () => true },
      )
  );
}

export type ListingSchema = ReturnType<typeof makeListingSchema>;
/** A listing as written, with its staff information merged in from the staff tree (the checker's output). */
export type ListingData = Omit<z.output<ListingSchema>, 'visibility'> & { visibility: Visibility };
/** A listing as the public build carries it: no staff-only field, so public code can't read one. */
export type PublicListingData = Omit<PublicData<ListingSchema>, 'visibility'> & { visibility: Visibility };
/** A listing as the staff build carries it. */
export type StaffListingData = Omit<StaffData<ListingSchema>, 'visibility'> & { visibility: Visibility };
