// The CMS can't drift from the schemas: every field is on a form or left out with a reason,
// required flags and choices agree, times follow the checker's rule, and the committed
// configuration files are what the schemas make today.
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseTime, TIME_PATTERN } from '../../src/core/time.ts';
import { CMS_CONFIG_FILES, renderCmsConfig } from '../../src/outputs/cms/config-file.ts';
import { cmsConfig } from '../../src/outputs/cms/config.ts';
import type { DecapCollection, DecapField } from '../../src/outputs/cms/decap-types.ts';
import { unwrap } from '../../src/outputs/cms/fields-from-schema.ts';
import { LEFT_OUT } from '../../src/outputs/cms/wording.ts';
import { loadDirectoryOffline } from '../../src/data/offline-directory.ts';
import { cmsSchema } from '../../src/schemas/cms.ts';
import { costSchema } from '../../src/schemas/cost.ts';
import { makeListingSchema } from '../../src/schemas/listing.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { listingStaffFileSchema } from '../../src/schemas/staff.ts';
import { venueSchema } from '../../src/schemas/venue.ts';
import { DAYS, JOINING_METHODS } from '../../src/schemas/lists.ts';

const { content } = loadDirectoryOffline(process.cwd(), 'content', { audience: 'staff', now: new Date('2026-12-01T10:00:00Z') });
const publicContent = loadDirectoryOffline(process.cwd(), 'content', { audience: 'public', now: new Date('2026-12-01T10:00:00Z') }).content;
const made = (audience: 'public' | 'staff', from = audience === 'public' ? publicContent : content) => {
  const result = cmsConfig({ content: from, audience, contentFolder: 'content', staffFolder: 'content-staff' });
  if (!('config' in result)) throw new Error(result.missing);
  return result.config;
};
const publicConfig = made('public');
const staffConfig = made('staff');
const collection = (config: typeof publicConfig, name: string): DecapCollection => {
  const found = config.collections.find((item) => item.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * Every field path of a schema (objects, lists of objects, and each pattern of a typed list),
 * with whether a form must insist on it: it and every part it sits in are required.
 */
function schemaPaths(schema: z.ZodType, prefix = '', inRequired = true): Map<string, boolean> {
  const found = new Map<string, boolean>();
  const { core } = unwrap(schema);
  const def = defOf(core);
  // An item of a list is there once it is added, so its own required fields are required again.
  const walkObject = (object: z.ZodType, at: string, parentRequired: boolean) => {
    for (const [key, field] of Object.entries(defOf(object).shape ?? {})) {
      const path = at ? `${at}.${key}` : key;
      const required = parentRequired && unwrap(field).required;
      found.set(path, required);
      for (const [sub, subRequired] of schemaPaths(field, path, required)) found.set(sub, subRequired);
    }
  };
  if (def.type === 'object') walkObject(core, prefix, inRequired);
  if (def.type === 'array' && def.element) {
    const item = unwrap(def.element).core;
    const itemDef = defOf(item);
    if (itemDef.type === 'object') walkObject(item, prefix, true);
    if (itemDef.type === 'union') for (const option of itemDef.options ?? []) walkObject(option, prefix, true);
  }
  return found;
}

/** Every field path of a form, with its required flag. A typed list's patterns share the list's path. */
function formPaths(fields: readonly DecapField[], prefix = ''): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (const field of fields) {
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    found.set(path, field.required !== false);
    for (const [sub, required] of formPaths(field.fields ?? [], path)) found.set(sub, required);
    for (const type of field.types ?? []) {
      found.set(`${path}.${field.typeKey}`, true);
      for (const [sub, required] of formPaths(type.fields, path)) found.set(sub, required);
    }
  }
  return found;
}

const listingSchema = makeListingSchema(content.taxonomies);
const FORMS: [string, DecapCollection, z.ZodType, string[]][] = [
  ['public listings', collection(publicConfig, 'listings'), listingSchema, ['visibility', 'staff', 'staff.*']],
  ['public venues', collection(publicConfig, 'venues'), venueSchema, []],
  ['public organisations', collection(publicConfig, 'organisations'), organisationSchema, ['editors']],
  ['referral-only listings', collection(staffConfig, 'referral-only'), listingSchema, ['visibility']],
  ['staff information', collection(staffConfig, 'staff-information'), listingStaffFileSchema, []],
  ['staff venues', collection(staffConfig, 'staff-venues'), venueSchema, []],
  ['staff organisations', collection(staffConfig, 'staff-organisations'), organisationSchema, ['editors']],
];

describe('schema and CMS agree', () => {
  for (const [name, form, schema, leftOut] of FORMS) {
    it(`${name}: every schema field is on the form, or left out on purpose with a reason`, () => {
      const onForm = formPaths(form.fields);
      const missing = [...schemaPaths(schema).keys()].filter((path) => !onForm.has(path) && !leftOut.some((out) => out === path || (out.endsWith('.*') && path.startsWith(out.slice(0, -1)))));
      expect(missing).toEqual([]);
      for (const out of leftOut.filter((path) => !path.endsWith('.*'))) expect(LEFT_OUT[out], `a reason for leaving out ${out}`).toBeTruthy();
      const extra = [...onForm.keys()].filter((path) => path !== 'body' && !schemaPaths(schema).has(path));
      expect(extra).toEqual([]);
    });

    it(`${name}: a field is required on the form exactly when the schema needs it`, () => {
      const onForm = formPaths(form.fields);
      const disagree = [...schemaPaths(schema)].filter(([path, required]) => onForm.has(path) && onForm.get(path) !== required && !path.endsWith('.pattern'));
      expect(disagree).toEqual([]);
    });
  }

  it('every taxonomy is a select with the labels from content/taxonomies/', () => {
    const fields = collection(publicConfig, 'listings').fields;
    const categories = fields.find((field) => field.name === 'categories');
    expect(categories).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    expect(categories?.options).toEqual(content.taxonomies.categories.map((term) => ({ value: term.id, label: term.label })));
    const venueFields = collection(publicConfig, 'venues').fields;
    expect(venueFields.find((field) => field.name === 'area')?.options?.map((option) => option.value)).toEqual(content.taxonomies.areas.map((term) => term.id));
    expect(venueFields.find((field) => field.name === 'access')?.options?.map((option) => option.label)).toEqual(content.taxonomies.accessFeatures.map((term) => term.label));
  });

  it('fixed lists are selects with their labels, from src/schemas/lists.ts', () => {
    const joining = collection(publicConfig, 'listings').fields.find((field) => field.name === 'joining');
    expect(joining?.fields?.find((field) => field.name === 'method')?.options).toEqual(JOINING_METHODS.items.map(({ id, label }) => ({ value: id, label })));
  });

  it('sessions are a list whose fields change with the pattern, with no free-text rules', () => {
    const sessions = collection(publicConfig, 'listings').fields.find((field) => field.name === 'sessions');
    expect(sessions).toMatchObject({ widget: 'list', typeKey: 'pattern' });
    const names = (pattern: string) => sessions?.types?.find((type) => type.name === pattern)?.fields.map((field) => field.name);
    expect(names('weekly')).toEqual(expect.arrayContaining(['days', 'start', 'end', 'venue']));
    expect(names('fortnightly')).toEqual(expect.arrayContaining(['day', 'from']));
    expect(names('monthly')).toEqual(expect.arrayContaining(['day', 'weeks']));
    expect(names('dates')).toEqual(expect.arrayContaining(['dates']));
    expect(names('course')).toEqual(expect.arrayContaining(['days', 'startDate', 'endDate', 'weeks']));
    const weekly = sessions?.types?.find((type) => type.name === 'weekly');
    expect(weekly?.fields.find((field) => field.name === 'days')?.options?.map((option) => option.value)).toEqual([...DAYS.ids]);
    const monthlyWeeks = sessions?.types?.find((type) => type.name === 'monthly')?.fields.find((field) => field.name === 'weeks');
    expect(monthlyWeeks?.options?.map((option) => option.value)).toEqual(['1', '2', '3', '4', '5', 'last']);
  });

  it('a venue or organisation is a relation in the public admin, and a new venue has its address, postcode and map point', () => {
    const fields = collection(publicConfig, 'listings').fields;
    expect(fields.find((field) => field.name === 'organisation')).toMatchObject({ widget: 'relation', collection: 'organisations', value_field: '{{slug}}' });
    const venue = fields.find((field) => field.name === 'sessions')?.types?.[0]?.fields.find((field) => field.name === 'venue');
    expect(venue).toMatchObject({ widget: 'relation', collection: 'venues' });
    const venueForm = formPaths(collection(publicConfig, 'venues').fields);
    for (const path of ['address.lines', 'address.town', 'address.postcode', 'lat', 'lng']) expect(venueForm.has(path)).toBe(true);
  });

  it('dates are date pickers stored as YYYY-MM-DD, with a "Now" button that confirms a listing in one press', () => {
    const review = collection(publicConfig, 'listings').fields.find((field) => field.name === 'review');
    expect(review?.fields?.find((field) => field.name === 'lastConfirmed')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false });
  });

  it('images need alt text', () => {
    const photos = collection(publicConfig, 'listings').fields.find((field) => field.name === 'photos');
    expect(photos?.fields?.find((field) => field.name === 'src')).toMatchObject({ widget: 'image', required: true });
    expect(photos?.fields?.find((field) => field.name === 'alt')).toMatchObject({ required: true });
  });

  it('every hint is the schema field’s own description', () => {
    const cost = collection(publicConfig, 'listings').fields.find((field) => field.name === 'cost');
    expect(cost?.fields?.find((field) => field.name === 'amount')?.hint).toBe(costSchema.shape.amount.description);
    expect(costSchema.shape.amount.description).toBeTruthy();
    expect(collection(publicConfig, 'listings').fields.find((field) => field.name === 'summary')?.hint).toBe(listingSchema.shape.summary.description);
  });

  it('keeps the review workflow on, with each admin on its own backend', () => {
    expect(publicConfig.publish_mode).toBe('editorial_workflow');
    expect(staffConfig.publish_mode).toBe('editorial_workflow');
    expect(publicConfig.backend.repo).toBe(content.site.cms.repo);
    expect(staffConfig.backend.repo).toBe(content.site.staff?.cms?.repo);
    expect(publicConfig.local_backend.url).not.toBe(staffConfig.local_backend.url);
  });
});

describe('the public admin shows no staff data', () => {
  const text = JSON.stringify(publicConfig);
  it('has no staff collection, no staff field and no referral-only listing', () => {
    expect(publicConfig.collections.map((item) => item.folder)).toEqual(['content/listings', 'content/venues', 'content/organisations']);
    expect(formPaths(collection(publicConfig, 'listings').fields).has('staff')).toBe(false);
    expect(formPaths(collection(publicConfig, 'organisations').fields).has('editors')).toBe(false);
    for (const listing of content.listings.values()) if (listing.tree === 'staff') expect(text).not.toContain(listing.data.title);
    expect(text).not.toContain('content-staff');
  });
});

describe('times in the CMS follow the checker', () => {
  const pattern = new RegExp(TIME_PATTERN);
  const samples = [
    ...['am', 'pm', 'AM', 'Pm', 'a.m.', 'p.m.', ' am', '  pm', 'a.m', ''].flatMap((suffix) =>
      ['0', '00', '1', '9', '09', '10', '12', '13', '23', '24', '25'].flatMap((hour) => ['', ':00', '.15', ':30', ':59', ':60', ':5', '.7'].map((minutes) => `${hour}${minutes}${suffix}`)),
    ),
    'noon',
    '12 noon',
    '12noon',
    'Midday',
    '12  midday',
    'midnight',
    '12 midnight',
    ' 10:00 ',
    '10ish',
    'morning',
    '10 : 30',
    '',
  ];
  it('accepts exactly the times the checker accepts', () => {
    const disagree = samples.filter((sample) => pattern.test(sample) !== (parseTime(sample) !== null));
    expect(disagree).toEqual([]);
    expect(samples.filter((sample) => pattern.test(sample)).length).toBeGreaterThan(100);
  });
});

describe('the backend setting', () => {
  it('refuses a host that cannot hold edits for review, saying so', () => {
    const result = cmsSchema.safeParse({ backend: 'gitea', repo: 'area/directory' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/Gitea can't hold edits for review.*use github, gitlab or forgejo/);
  });
  it('refuses open authoring where the host has none', () => {
    const result = cmsSchema.safeParse({ backend: 'gitlab', repo: 'area/directory', openAuthoring: true });
    expect(result.error?.issues[0]?.message).toMatch(/GitLab doesn't support open authoring/);
  });
  it('passes GitHub, GitLab and Forgejo, with open authoring on GitHub and Forgejo', () => {
    for (const backend of ['github', 'forgejo']) expect(cmsSchema.safeParse({ backend, repo: 'area/directory', openAuthoring: true }).success).toBe(true);
    expect(cmsSchema.safeParse({ backend: 'gitlab', repo: 'group/sub/directory' }).success).toBe(true);
  });
  it('turns open authoring on in the configuration', () => {
    const site = { ...publicContent.site, cms: { ...publicContent.site.cms, openAuthoring: true } };
    expect(made('public', { ...publicContent, site }).backend.open_authoring).toBe(true);
  });
});

describe('the committed configuration files', () => {
  for (const audience of ['public', 'staff'] as const) {
    it(`${CMS_CONFIG_FILES[audience]} is what the schemas make (run npm run cms:config if not)`, () => {
      expect(readFileSync(CMS_CONFIG_FILES[audience], 'utf8')).toBe(renderCmsConfig(audience, made(audience)));
    });
  }
});
