import { posix } from 'node:path';
import type { ValidContent } from '../../reading/validation/check-content.ts';
import { CONTENT_FOLDERS, STAFF_FOLDERS } from '../../schemas/content-layout.ts';
import type { CmsSettings } from '../../schemas/cms.ts';
import { makeListingSchema } from '../../schemas/listing.ts';
import { organisationSchema } from '../../schemas/organisation.ts';
import { listingStaffFileSchema, staffInfoSchema } from '../../schemas/staff.ts';
import { venueSchema } from '../../schemas/venue.ts';
import type { DecapCollection, DecapConfig, DecapField, DecapOption } from './decap-types.ts';
import { fieldFor, formFields, labelFor, type FieldContext } from './fields-from-schema.ts';
import { LISTING_SECTIONS, ORGANISATION_SECTIONS, STAFF_INFO_SECTIONS, VENUE_SECTIONS } from './wording.ts';

/**
 * The Decap CMS configuration for one admin, made from the schemas, the taxonomies and the
 * content. The public admin (/admin/ on the public site) edits content/ only; the staff admin
 * (/admin/ on the staff site) edits the staff tree only, with its own backend setting. Nothing
 * in the public admin's configuration comes from the staff tree.
 */

/** decap-server's ports for `npm run cms`: one per admin, as each tree may be its own repository. */
export const LOCAL_BACKEND_PORTS = { public: 8081, staff: 8082 } as const;

export interface CmsInput {
  content: ValidContent;
  audience: 'public' | 'staff';
  /** The folder names of the two trees, for a tree with no `folder:` in its cms settings. */
  contentFolder: string;
  staffFolder: string;
}

const byLabel = (a: DecapOption, b: DecapOption) => a.label.localeCompare(b.label, 'en-GB');

function taxonomyOptions(content: ValidContent): FieldContext['taxonomy'] {
  return (name) => content.taxonomies[name].map((term) => ({ value: term.id, label: term.label }));
}

const RELATIONS: Record<'venues' | 'organisations' | 'listings', { search_fields: string[]; display_fields: string[] }> = {
  venues: { search_fields: ['name', 'address.town'], display_fields: ['{{name}}, {{address.town}}'] },
  organisations: { search_fields: ['name'], display_fields: ['{{name}}'] },
  listings: { search_fields: ['title'], display_fields: ['{{title}}'] },
};

function imageField(folder: string): ReturnType<FieldContext['entry']> {
  // The file name alone is stored (public_folder ''), as the schema asks.
  return { widget: 'image', media_folder: `/${posix.join(folder, CONTENT_FOLDERS.images)}`, public_folder: '', choose_url: false };
}

/** The public admin: a relation to its own collections. */
function publicEntries(folder: string): FieldContext['entry'] {
  return (to) => (to === 'images' ? imageField(folder) : { widget: 'relation', collection: to, value_field: '{{slug}}', ...RELATIONS[to] });
}

/**
 * The staff admin: its repository may hold only the staff tree, so a public venue, organisation
 * or listing can't be a relation there; they are chosen from what the directory holds when the
 * site was built.
 */
function staffEntries(content: ValidContent, folder: string): FieldContext['entry'] {
  const options = {
    venues: [...content.venues].map(([slug, { data }]) => ({ value: slug, label: `${data.name}, ${data.address.town}` })),
    organisations: [...content.organisations].map(([slug, { data }]) => ({ value: slug, label: data.name })),
    listings: [...content.listings].map(([slug, { data }]) => ({ value: slug, label: data.title })),
  };
  return (to) => (to === 'images' ? imageField(folder) : { widget: 'select', options: options[to].sort(byLabel) });
}

function bodyField(): DecapField {
  return {
    name: 'body',
    label: labelFor('body'),
    widget: 'markdown',
    required: false,
    hint: 'Say what happens at a session, in plain words. Headings, lists, bold and links only: anything else is removed when the site is built.',
    buttons: ['bold', 'italic', 'link', 'heading-three', 'bulleted-list', 'numbered-list'],
    editor_components: [],
    modes: ['rich_text', 'raw'],
  };
}

const folderCollection = (
  name: string,
  label: string,
  singular: string,
  description: string,
  folder: string,
  kind: 'md' | 'yml',
  identifier: string,
  fields: DecapField[],
  extra: Partial<DecapCollection> = {},
): DecapCollection => ({
  name,
  label,
  label_singular: singular,
  description,
  folder,
  extension: kind,
  format: kind === 'md' ? 'frontmatter' : 'yml',
  create: true,
  delete: false,
  slug: `{{${identifier}}}`,
  identifier_field: identifier,
  summary: `{{${identifier}}}`,
  sortable_fields: [identifier],
  // No preview pane: the form alone is easier on a tablet, and the site shows the result.
  editor: { preview: false },
  fields,
  ...extra,
});

function backendOf(cms: CmsSettings): DecapConfig['backend'] {
  return {
    name: cms.backend,
    repo: cms.repo,
    branch: cms.branch,
    ...(cms.openAuthoring ? { open_authoring: true } : {}),
    ...(cms.baseUrl ? { base_url: cms.baseUrl } : {}),
    squash_merges: true,
    commit_messages: {
      create: 'Add {{collection}} "{{slug}}" (edited in the CMS by {{author-login}})',
      update: 'Update {{collection}} "{{slug}}" (edited in the CMS by {{author-login}})',
      delete: 'Delete {{collection}} "{{slug}}" (edited in the CMS by {{author-login}})',
      uploadMedia: 'Add photo "{{path}}" (by {{author-login}})',
      deleteMedia: 'Delete photo "{{path}}" (by {{author-login}})',
      openAuthoring: '{{message}}',
    },
  };
}

function frame(cms: CmsSettings, folder: string, audience: 'public' | 'staff', siteUrl: string | undefined, collections: DecapCollection[]): DecapConfig {
  const port = LOCAL_BACKEND_PORTS[audience];
  return {
    backend: backendOf(cms),
    publish_mode: 'editorial_workflow',
    local_backend: { url: `http://localhost:${port}/api/v1`, allowed_hosts: ['localhost', '127.0.0.1'] },
    load_config_file: false,
    ...(siteUrl ? { site_url: siteUrl, display_url: siteUrl } : {}),
    locale: 'en',
    media_folder: posix.join(folder, CONTENT_FOLDERS.images),
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections,
  } as DecapConfig;
}

/** The public admin, over content/: listings, venues and organisations. */
function publicConfig(content: ValidContent, folder: string): DecapConfig {
  const context: FieldContext = { taxonomy: taxonomyOptions(content), entry: publicEntries(folder) };
  const listingSchema = makeListingSchema(content.taxonomies);
  const at = (sub: string) => posix.join(folder, sub);
  return frame(content.site.cms, folder, 'public', content.site.siteUrl, [
    folderCollection(
      'listings',
      'Listings',
      'Listing',
      'Your group, activity or service, as people see it on the site. Every change is checked by the directory team before it is published.',
      at(CONTENT_FOLDERS.listings),
      'md',
      'title',
      formFields(listingSchema, LISTING_SECTIONS, context, { body: bodyField() }),
    ),
    folderCollection(
      'venues',
      'Venues',
      'Venue',
      'The places groups meet. Add a new venue here first, then choose it in a listing’s session.',
      at(CONTENT_FOLDERS.venues),
      'yml',
      'name',
      formFields(venueSchema, VENUE_SECTIONS, context),
    ),
    folderCollection(
      'organisations',
      'Organisations',
      'Organisation',
      'The groups and bodies that run listings.',
      at(CONTENT_FOLDERS.organisations),
      'yml',
      'name',
      formFields(organisationSchema, ORGANISATION_SECTIONS, context),
    ),
  ]);
}

/** The staff admin, over the staff tree: referral-only listings, staff information, and staff venues and organisations. */
function staffConfig(content: ValidContent, folder: string, cms: CmsSettings): DecapConfig {
  const context: FieldContext = { taxonomy: taxonomyOptions(content), entry: staffEntries(content, folder) };
  const listingSchema = makeListingSchema(content.taxonomies);
  const at = (sub: string) => posix.join(folder, sub);
  const staffField = { ...fieldFor('staff', staffInfoSchema.optional().describe('How to refer, capacity, assurance, funding and notes. Or keep them in Staff information.'), 'staff', context) };
  const staffSections = LISTING_SECTIONS.map((section) => (section.question === 'Is it running?' ? { ...section, fields: [...section.fields, 'staff'] } : section));
  return frame(cms, folder, 'staff', undefined, [
    folderCollection(
      'referral-only',
      'Referral-only listings',
      'Referral-only listing',
      'Services people reach through a referral. Shown on the staff site only.',
      at(STAFF_FOLDERS.listings),
      'md',
      'title',
      formFields(listingSchema, staffSections, context, { body: bodyField(), staff: staffField }),
    ),
    folderCollection(
      'staff-information',
      'Staff information',
      'Staff information',
      'How to refer, capacity, assurance and notes for any listing. The file is named after its listing.',
      at(STAFF_FOLDERS.listingStaff),
      'yml',
      'listing',
      formFields(listingStaffFileSchema, STAFF_INFO_SECTIONS, context),
      {
        slug: '{{fields.listing}}',
        summary: '{{listing}}',
      },
    ),
    folderCollection(
      'staff-venues',
      'Staff venues',
      'Staff venue',
      'Venues only referral-only listings use.',
      at(STAFF_FOLDERS.venues),
      'yml',
      'name',
      formFields(venueSchema, VENUE_SECTIONS, context),
    ),
    folderCollection(
      'staff-organisations',
      'Staff organisations',
      'Staff organisation',
      'Organisations only referral-only listings use.',
      at(STAFF_FOLDERS.organisations),
      'yml',
      'name',
      formFields(organisationSchema, ORGANISATION_SECTIONS, context),
    ),
  ]);
}

/** The configuration for one admin, or why there is none (the staff admin needs its own backend setting). */
export function cmsConfig({ content, audience, contentFolder, staffFolder }: CmsInput): { config: DecapConfig } | { missing: string } {
  if (audience === 'public') return { config: publicConfig(content, content.site.cms.folder ?? contentFolder) };
  const cms = content.site.staff?.cms;
  if (!cms) return { missing: `The staff admin isn't set up: add cms: (backend, repo, branch) to ${staffFolder}/site.yml, naming the private repository that holds the staff tree.` };
  return { config: staffConfig(content, cms.folder ?? staffFolder, cms) };
}
