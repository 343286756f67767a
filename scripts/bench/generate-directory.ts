/**
 * A deterministic synthetic directory for benchmarks: the same count and seed always give the
 * same files, byte for byte. The tree is complete and valid (it passes the content checker), so
 * it can be searched, checked or built with CONTENT_DIR=<outDir>.
 *
 *   npx node scripts/bench/generate-directory.ts <count> <outDir> [seed]
 *
 * site.yml and taxonomies/ are copied from the repo's content/; organisations, venues and
 * listings are made up from the templates in templates.ts. Dates are relative to a fixed day
 * (REFERENCE_DATE), never the real clock. Phone numbers come only from Ofcom's drama ranges and
 * web and email addresses only from example.org.
 */
import { staffDirFor } from '../../src/reading/content-paths.ts';
import { STAFF_FOLDERS } from '../../src/schemas/content-layout.ts';
import { copyFileSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, Scalar, stringify } from 'yaml';
import {
  ACTIVITY_TEMPLATES,
  AREA_WEIGHTS,
  BUS_TEXT,
  CANNOT_OFFER,
  CLOSE_REASONS,
  CONCESSIONS,
  COASTAL_PLACES,
  CONFIRMED_BY,
  COST_NOTES,
  FIRST_NAMES,
  FIRST_VISIT,
  HOW_TO_JOIN,
  LOCALITIES,
  MEET_YOU,
  NOTICES,
  ORGANISATION_TEMPLATES,
  PARKING_TEXT,
  PAUSE_REASONS,
  PRACTICAL,
  REFERRAL_STEPS,
  REGIONS,
  SAINTS,
  SESSION_NOTES,
  STAFF_NOTES,
  STAFF_ROLES,
  STREETS,
  SURNAMES,
  VENUE_TEMPLATES,
  WALK_TEXT,
  WHO_COMES,
  type ActivityTemplate,
  type CostProfile,
  type DayCode,
  type OrganisationTemplate,
  type RegularPattern,
  type Slot,
  type VenueTemplate,
} from './templates.ts';

/** "Today" for every generated date, so output never depends on the clock. */
export const REFERENCE_DATE = '2026-11-21';

export interface GenerateOptions {
  /** How many listings to write. */
  count: number;
  /** The PRNG seed; the same seed gives identical files. */
  seed?: number;
  /** Where to write the content tree (site.yml, taxonomies/, listings/, organisations/, venues/). */
  outDir: string;
  /** The content folder to copy site.yml and taxonomies/ from. Defaults to the repo's content/. */
  sourceDir?: string;
}

export interface GenerateSummary {
  listings: number;
  organisations: number;
  venues: number;
}

const DEFAULT_SOURCE = fileURLToPath(new URL('../../content/', import.meta.url));

// ---------------------------------------------------------------------------------------------
// Seeded randomness
// ---------------------------------------------------------------------------------------------

/** mulberry32: a tiny, fast 32-bit PRNG. Returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeRandom(seed: number) {
  const next = mulberry32(seed);
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const chance = (probability: number): boolean => next() < probability;
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  const weighted = <T>(items: readonly T[], weight: (item: T) => number): T => {
    let total = 0;
    for (const item of items) total += weight(item);
    let target = next() * total;
    for (const item of items) {
      target -= weight(item);
      if (target < 0) return item;
    }
    return pick(items);
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  /** Up to `size` different items, keeping their original order. */
  const sample = <T>(items: readonly T[], size: number): T[] => {
    const chosen = new Set(shuffle(items.map((_, index) => index)).slice(0, size));
    return items.filter((_, index) => chosen.has(index));
  };
  return { next, int, chance, pick, weighted, shuffle, sample };
}

type Random = ReturnType<typeof makeRandom>;

/** Of two random items, the one used less: spreads use evenly without being regular. */
function lessUsed<T extends { uses: number }>(random: Random, items: readonly T[]): T {
  const a = random.pick(items);
  const b = random.pick(items);
  return b.uses < a.uses ? b : a;
}

// ---------------------------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------------------------

type Vars = Readonly<Record<string, string | undefined>>;
const PLACEHOLDER = /\{(\w+)\}/g;

function canFill(text: string, vars: Vars): boolean {
  for (const match of text.matchAll(PLACEHOLDER)) if (vars[match[1] as string] === undefined) return false;
  return true;
}

function fill(text: string, vars: Vars): string {
  return text.replace(PLACEHOLDER, (_, key: string) => vars[key] ?? '');
}

/** A random fillable text from the pool, within `max` characters once filled. */
function pickText(random: Random, pool: readonly string[], vars: Vars, max = Infinity): string | undefined {
  for (const text of random.shuffle(pool)) {
    if (!canFill(text, vars)) continue;
    const filled = fill(text, vars);
    if (filled.length <= max) return filled;
  }
  return undefined;
}

/** Several different fillable texts from the pool. */
function pickTexts(random: Random, pool: readonly string[], vars: Vars, size: number): string[] {
  return random
    .shuffle(pool)
    .filter((text) => canFill(text, vars))
    .slice(0, size)
    .map((text) => fill(text, vars));
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const MAX_SLUG = 70;

function trimSlug(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG);
  return cut.slice(0, cut.lastIndexOf('-') > 20 ? cut.lastIndexOf('-') : MAX_SLUG).replace(/-+$/, '');
}

/** The first free slug of the candidates, or the last one with -2, -3… added. */
function claimSlug(candidates: readonly string[], used: Set<string>): string {
  const tidy = candidates.map((candidate) => trimSlug(slugify(candidate))).filter(Boolean);
  for (const slug of tidy) {
    if (!used.has(slug)) {
      used.add(slug);
      return slug;
    }
  }
  const base = tidy[0] ?? 'item';
  for (let n = 2; ; n++) {
    const slug = `${base}-${n}`;
    if (!used.has(slug)) {
      used.add(slug);
      return slug;
    }
  }
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

// ---------------------------------------------------------------------------------------------
// Dates and times (calendar dates only; never the clock)
// ---------------------------------------------------------------------------------------------

const DAY_CODES: readonly DayCode[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_NAMES: Readonly<Record<DayCode, string>> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const DAY_WEIGHTS: Readonly<Record<DayCode, number>> = { mon: 1, tue: 1.1, wed: 1.1, thu: 1.1, fri: 1, sat: 0.35, sun: 0.15 };
const DAY_MS = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function dayOf(date: string): DayCode {
  return DAY_CODES[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7] as DayCode;
}

/** The first date on or after `date` that falls on `day`. */
function onOrAfter(date: string, day: DayCode): string {
  const shift = (DAY_CODES.indexOf(day) - DAY_CODES.indexOf(dayOf(date)) + 7) % 7;
  return addDays(date, shift);
}

const SLOT_STARTS: Readonly<Record<Slot, readonly string[]>> = {
  morning: ['09:00', '09:30', '10:00', '10:00', '10:30', '11:00'],
  afternoon: ['12:00', '12:30', '13:00', '13:30', '14:00', '14:00', '14:30'],
  evening: ['17:30', '18:00', '18:30', '19:00', '19:00', '19:30'],
};

function addMinutes(time: string, minutes: number): string {
  const [hours = 0, mins = 0] = time.split(':').map(Number);
  const total = Math.min(hours * 60 + mins + minutes, 23 * 60 + 30);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

/** Times are written in quotes, as volunteers are told to, so no YAML reader takes them for numbers. */
function quoted(text: string): Scalar {
  const scalar = new Scalar(text);
  scalar.type = Scalar.QUOTE_DOUBLE;
  return scalar;
}

// ---------------------------------------------------------------------------------------------
// Contact details: Ofcom drama numbers and example.org only
// ---------------------------------------------------------------------------------------------

const landline = (random: Random) => `01632 960${String(random.int(0, 999)).padStart(3, '0')}`;
const mobile = (random: Random) => `07700 900${String(random.int(0, 999)).padStart(3, '0')}`;
const phone = (random: Random) => (random.chance(0.7) ? landline(random) : mobile(random));
const mailbox = (name: string) => slugify(name).replace(/-/g, '.');

// Royal Mail never uses C, I, K, M, O or V in the last two letters.
const UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

function postcode(random: Random, districts: readonly string[]): string | undefined {
  if (districts.length === 0) return undefined;
  const letter = () => UNIT_LETTERS.charAt(random.int(0, UNIT_LETTERS.length - 1));
  return `${random.pick(districts)} ${random.int(1, 9)}${letter()}${letter()}`;
}

// ---------------------------------------------------------------------------------------------
// The source content: site settings and taxonomies
// ---------------------------------------------------------------------------------------------

interface Area {
  id: string;
  label: string;
  centre: { lat: number; lng: number };
  postcodeDistricts: string[];
}

interface Source {
  bounds: { south: number; west: number; north: number; east: number };
  areas: Area[];
  categories: Set<string>;
  audiences: Set<string>;
  helpsWith: Set<string>;
  accessFeatures: string[];
}

function readYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'));
}

function termIds(file: string): string[] {
  const list = readYaml(file);
  if (!Array.isArray(list)) throw new Error(`${file} is not a list of terms`);
  return list.map((term: { id: string }) => String(term.id));
}

function readSource(sourceDir: string): Source {
  const site = readYaml(join(sourceDir, 'site.yml')) as { map: { bounds: Source['bounds'] } };
  const areas = (readYaml(join(sourceDir, 'taxonomies', 'areas.yml')) as Area[]).map((area) => ({ ...area, postcodeDistricts: area.postcodeDistricts ?? [] }));
  if (areas.length === 0) throw new Error('areas.yml has no areas');
  return {
    bounds: site.map.bounds,
    areas,
    categories: new Set(termIds(join(sourceDir, 'taxonomies', 'categories.yml'))),
    audiences: new Set(termIds(join(sourceDir, 'taxonomies', 'audiences.yml'))),
    helpsWith: new Set(termIds(join(sourceDir, 'taxonomies', 'helps-with.yml'))),
    accessFeatures: termIds(join(sourceDir, 'taxonomies', 'access-features.yml')),
  };
}

/** The templates with only the codes this directory's taxonomies have. */
function usableTemplates(source: Source): ActivityTemplate[] {
  const fallbackAudience = source.audiences.has('everyone') ? 'everyone' : [...source.audiences][0];
  return ACTIVITY_TEMPLATES.flatMap((template) => {
    const categories = template.categories.filter((code) => source.categories.has(code));
    if (categories.length === 0) return [];
    const audiences = template.audiences.filter((code) => source.audiences.has(code));
    return [
      {
        ...template,
        categories,
        helpsWith: template.helpsWith.filter((code) => source.helpsWith.has(code)),
        audiences: audiences.length > 0 || fallbackAudience === undefined ? audiences : [fallbackAudience],
      },
    ];
  });
}

// ---------------------------------------------------------------------------------------------
// Venues
// ---------------------------------------------------------------------------------------------

interface VenueRecord {
  slug: string;
  name: string;
  area: Area;
  place: string;
  kind: 'building' | 'outdoor';
  uses: number;
  data: Record<string, unknown>;
}

const ACCESS_ODDS: Readonly<Record<VenueTemplate['access'], Readonly<Record<string, number>>>> = {
  good: {
    'step-free': 0.95,
    'accessible-toilet': 0.9,
    'hearing-loop': 0.5,
    parking: 0.6,
    'blue-badge': 0.5,
    'bus-stop': 0.6,
    seating: 0.95,
    'quiet-space': 0.4,
    'dementia-friendly': 0.3,
    'changing-places': 0.1,
  },
  mixed: {
    'step-free': 0.6,
    'accessible-toilet': 0.5,
    'hearing-loop': 0.25,
    parking: 0.5,
    'blue-badge': 0.3,
    'bus-stop': 0.5,
    seating: 0.85,
    'quiet-space': 0.2,
    'dementia-friendly': 0.15,
    'changing-places': 0.01,
  },
  poor: {
    'step-free': 0.1,
    'accessible-toilet': 0.1,
    'hearing-loop': 0.05,
    parking: 0.4,
    'blue-badge': 0.1,
    'bus-stop': 0.4,
    seating: 0.6,
    'quiet-space': 0.1,
    'dementia-friendly': 0.05,
    'changing-places': 0,
  },
};
const OUTDOOR_FEATURES = new Set(['step-free', 'parking', 'blue-badge', 'bus-stop', 'seating']);

const INLAND_OUTDOOR = VENUE_TEMPLATES.filter((venue) => venue.kind === 'outdoor' && !venue.coast && !venue.town);
const areaWeight = (area: Area) => AREA_WEIGHTS[area.id] ?? 1;
const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

function localityOf(random: Random, area: Area, ownLabelOdds: number): string {
  const localities = LOCALITIES[area.id] ?? [];
  return localities.length === 0 || random.chance(ownLabelOdds) ? area.label : random.pick(localities);
}

function makeVenues(random: Random, source: Source, count: number): VenueRecord[] {
  const used = new Set<string>();
  const names = new Set<string>();
  const venues: VenueRecord[] = [];
  const { south, west, north, east } = source.bounds;
  const margin = 0.002;
  for (let i = 0; i < count; i++) {
    // Every area gets a venue first, then bigger towns get more.
    const area = i < source.areas.length ? (source.areas[i] as Area) : random.weighted(source.areas, areaWeight);
    let template: VenueTemplate = VENUE_TEMPLATES[0] as VenueTemplate;
    let place = area.label;
    let name = '';
    for (let attempt = 0; attempt < 8; attempt++) {
      template = random.weighted(VENUE_TEMPLATES, (venue) => venue.weight ?? 1);
      place = template.town ? area.label : localityOf(random, area, attempt === 0 ? 0.55 : 0.3);
      if (template.coast && !COASTAL_PLACES.includes(place)) {
        const coastal = [area.label, ...(LOCALITIES[area.id] ?? [])].filter((candidate) => COASTAL_PLACES.includes(candidate));
        if (coastal.length > 0) place = random.pick(coastal);
        else template = random.pick(INLAND_OUTDOOR);
      }
      name = fill(random.pick(template.names), { place, saint: random.pick(SAINTS) });
      if (!names.has(`${name}|${place}`)) break;
    }
    const street = random.pick(STREETS);
    if (names.has(`${name}|${place}`)) name = `${name}, ${street}`;
    names.add(`${name}|${place}`);
    const slug = claimSlug([name.includes(place) ? name : `${name} ${place}`], used);

    const lat = Math.min(north - margin, Math.max(south + margin, area.centre.lat + (random.next() - 0.5) * 0.024));
    const lng = Math.min(east - margin, Math.max(west + margin, area.centre.lng + (random.next() - 0.5) * 0.036));
    const odds = ACCESS_ODDS[template.access];
    const access = source.accessFeatures.filter((feature) => {
      if (template.kind === 'outdoor' && !OUTDOOR_FEATURES.has(feature)) return false;
      return random.chance(odds[feature] ?? 0.1);
    });
    if (access.includes('blue-badge') && !access.includes('parking')) access.splice(access.indexOf('blue-badge'), 1);

    const building = template.kind === 'building';
    const lines = building ? [random.chance(0.3) ? `${random.int(1, 120)} ${street}` : street] : random.chance(0.6) ? [street] : [];
    const code = building || random.chance(0.4) ? postcode(random, area.postcodeDistricts) : undefined;
    const vars = { town: place, street, name };
    const gettingThere = {
      bus: random.chance(0.7) ? pickText(random, BUS_TEXT, vars) : undefined,
      walking: random.chance(0.4) ? pickText(random, WALK_TEXT, vars) : undefined,
      parking: random.chance(0.7) ? random.pick(PARKING_TEXT) : undefined,
    };
    venues.push({
      slug,
      name,
      area,
      place,
      kind: template.kind,
      uses: 0,
      data: {
        name,
        kind: template.kind,
        address: { lines, town: place, postcode: code },
        lat: round4(lat),
        lng: round4(lng),
        area: area.id,
        access,
        accessStatement: random.chance(0.85) ? random.pick(template.statements) : undefined,
        gettingThere,
      },
    });
  }
  return venues;
}

// ---------------------------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------------------------

interface OrganisationRecord {
  slug: string;
  name: string;
  area: Area;
  town: string;
  focus: ReadonlySet<string>;
  uses: number;
  data: Record<string, unknown>;
}

function makeOrganisations(random: Random, source: Source, count: number): OrganisationRecord[] {
  const used = new Set<string>();
  const names = new Set<string>();
  // Every kind of organisation once (in a random order), then the common ones more often.
  const firstPass = random.shuffle(ORGANISATION_TEMPLATES);
  const organisations: OrganisationRecord[] = [];
  for (let i = 0; i < count; i++) {
    const template: OrganisationTemplate = firstPass[i] ?? random.weighted(ORGANISATION_TEMPLATES, (organisation) => organisation.weight ?? 1);
    const area = random.weighted(source.areas, areaWeight);
    let town = area.label;
    let name = '';
    for (let attempt = 0; attempt < 8; attempt++) {
      town = localityOf(random, area, attempt === 0 ? 0.7 : 0.2);
      name = fill(random.pick(template.names), { town, main: area.label, region: random.pick(REGIONS), saint: random.pick(SAINTS) });
      if (!names.has(name)) break;
    }
    if (names.has(name)) name = `${name} (${town})`;
    names.add(name);
    const slug = claimSlug([name], used);
    const domain = `${slug}.example.org`;
    const type = template.type;
    organisations.push({
      slug,
      name,
      area,
      town,
      focus: new Set(template.focus.filter((code) => source.categories.has(code))),
      uses: 0,
      data: {
        name,
        type,
        charityNumber: type === 'charity' ? String(random.int(1_000_000, 1_209_999)) : undefined,
        companyNumber: type === 'cic' || type === 'business' ? String(random.int(10_000_000, 15_999_999)) : undefined,
        description: fill(random.pick(template.descriptions), { town }),
        website: random.chance(0.85) ? `https://${domain}` : undefined,
        phone: random.chance(0.8) ? landline(random) : undefined,
        email: `hello@${domain}`,
        editors: [
          `${slug
            .split('-')
            .map((word) => word.charAt(0))
            .join('')}-coordinator`,
        ],
      },
    });
  }
  return organisations;
}

// ---------------------------------------------------------------------------------------------
// Listings
// ---------------------------------------------------------------------------------------------

interface Pools {
  regular: ActivityTemplate[];
  course: ActivityTemplate[];
  event: ActivityTemplate[];
  /** No venue: online, phone, home visits, or arranged one to one. */
  remote: ActivityTemplate[];
}

function poolsOf(templates: readonly ActivityTemplate[]): Pools {
  const noVenue = (template: ActivityTemplate) => template.remote !== undefined || template.whenNotes !== undefined;
  return {
    remote: templates.filter(noVenue),
    course: templates.filter((template) => !noVenue(template) && template.kind === 'course'),
    event: templates.filter((template) => !noVenue(template) && template.kind === 'event'),
    regular: templates.filter((template) => !noVenue(template) && template.kind !== 'course' && template.kind !== 'event'),
  };
}

interface VenueIndex {
  byArea: Map<string, { building: VenueRecord[]; outdoor: VenueRecord[] }>;
  building: VenueRecord[];
  outdoor: VenueRecord[];
}

function indexVenues(venues: readonly VenueRecord[]): VenueIndex {
  const byArea = new Map<string, { building: VenueRecord[]; outdoor: VenueRecord[] }>();
  for (const venue of venues) {
    const entry = byArea.get(venue.area.id) ?? { building: [], outdoor: [] };
    entry[venue.kind].push(venue);
    byArea.set(venue.area.id, entry);
  }
  return { byArea, building: venues.filter((venue) => venue.kind === 'building'), outdoor: venues.filter((venue) => venue.kind === 'outdoor') };
}

function chooseVenue(random: Random, index: VenueIndex, source: Source, home: Area, template: ActivityTemplate): VenueRecord {
  const area = random.chance(0.75) ? home : random.weighted(source.areas, areaWeight);
  const local = index.byArea.get(area.id) ?? { building: [], outdoor: [] };
  const wantOutdoor = template.outdoor === true && random.chance(0.7);
  const lists = wantOutdoor ? [local.outdoor, local.building, index.outdoor, index.building] : [local.building, index.building, local.outdoor, index.outdoor];
  const list = lists.find((candidates) => candidates.length > 0) ?? [];
  const venue = lessUsed(random, list);
  venue.uses++;
  return venue;
}

function pickDay(random: Random, template: ActivityTemplate): DayCode {
  return template.days ? random.pick(template.days) : random.weighted(DAY_CODES, (day) => DAY_WEIGHTS[day]);
}

function pickTimes(random: Random, template: ActivityTemplate): { start: string; end: string } {
  const start = template.starts ? random.pick(template.starts) : random.pick(SLOT_STARTS[random.pick<Slot>(template.slots ?? ['morning', 'afternoon'])]);
  return { start, end: addMinutes(start, random.pick(template.minutes ?? [60, 90, 120])) };
}

/** Christmas-week dates the session would otherwise run on. */
function christmasSkips(days: readonly DayCode[]): string[] {
  const skips: string[] = [];
  for (let offset = 0; offset < 12; offset++) {
    const date = addDays('2026-12-21', offset);
    if (days.includes(dayOf(date))) skips.push(date);
  }
  return skips;
}

type Where = { venue: string } | { remote: string };

function regularSession(random: Random, template: ActivityTemplate, where: Where): Record<string, unknown> {
  const patterns = template.patterns ?? ['weekly', 'fortnightly', 'monthly'];
  const pattern: RegularPattern = random.weighted(patterns, (item) => (item === patterns[0] ? 3 : 1));
  const day = pickDay(random, template);
  const { start, end } = pickTimes(random, template);
  const notes = random.chance(0.15) ? random.pick(SESSION_NOTES) : undefined;
  if (pattern === 'weekly') {
    const days = template.days && template.days.length >= 5 && random.chance(0.3) ? [...template.days] : random.chance(0.12) ? [...new Set([day, pickDay(random, template)])] : [day];
    days.sort((a, b) => DAY_CODES.indexOf(a) - DAY_CODES.indexOf(b));
    const skipDates = random.chance(0.2) ? christmasSkips(days) : undefined;
    return { pattern, days, start: quoted(start), end: quoted(end), ...where, notes, skipDates };
  }
  if (pattern === 'fortnightly') {
    const from = onOrAfter(addDays(REFERENCE_DATE, -random.int(7, 300)), day);
    return { pattern, day, from, start: quoted(start), end: quoted(end), ...where, notes };
  }
  const weeks = random.pick<(number | string)[]>([[1], [2], [3], [4], ['last'], [1, 3], [2, 4]]);
  return { pattern, day, weeks, start: quoted(start), end: quoted(end), ...where, notes };
}

function courseSessions(random: Random, template: ActivityTemplate, where: Where): Record<string, unknown>[] {
  const day = pickDay(random, template);
  const { start, end } = pickTimes(random, template);
  const weeks = random.pick([4, 6, 6, 8, 10]);
  const runs = random.chance(0.25) ? 2 : 1;
  const sessions: Record<string, unknown>[] = [];
  let startDate = onOrAfter(addDays(REFERENCE_DATE, random.int(-80, 100)), day);
  for (let run = 0; run < runs; run++) {
    const endDate = addDays(startDate, 7 * (weeks - 1));
    sessions.push({ pattern: 'course', days: [day], startDate, endDate, weeks, start: quoted(start), end: quoted(end), ...where });
    startDate = onOrAfter(addDays(endDate, random.int(30, 120)), day);
  }
  return sessions;
}

function eventSession(random: Random, template: ActivityTemplate, where: Where): Record<string, unknown> {
  const { start, end } = pickTimes(random, template);
  if (template.dates) return { pattern: 'dates', dates: [random.pick(template.dates)], start: quoted(start), end: quoted(end), ...where };
  const day = random.chance(0.6) ? 'sat' : pickDay(random, template);
  const dates: string[] = [];
  let date = onOrAfter(addDays(REFERENCE_DATE, random.int(3, 200)), day);
  for (let n = random.weighted([1, 2, 3, 4], (size) => 5 - size); n > 0; n--) {
    dates.push(date);
    date = onOrAfter(addDays(date, random.int(21, 90)), day);
  }
  return { pattern: 'dates', dates, start: quoted(start), end: quoted(end), ...where };
}

function pickCost(random: Random, profile: CostProfile, kind: string): Record<string, unknown> | undefined {
  if (random.chance(0.03)) return undefined; // Cost not known.
  const extras = (fee: boolean) => ({
    concessions: fee && random.chance(0.25) ? random.pick(CONCESSIONS) : undefined,
    helpAvailable: fee && random.chance(0.3) ? true : undefined,
    note: random.chance(0.2) ? random.pick(COST_NOTES) : undefined,
  });
  const free = () => ({ type: 'free', ...extras(false) });
  const donation = () => ({ type: 'donation', ...extras(false) });
  const low = () => ({ type: 'fee', amount: random.pick([1, 1.5, 2, 2, 2.5, 3, 3, 3.5, 4, 5]), per: 'session', ...extras(true) });
  const high = () => {
    if (kind === 'course') return { type: 'fee', amount: random.pick([20, 25, 30, 40, 45, 60]), per: 'course', ...extras(true) };
    const per = random.weighted(['session', 'month', 'term', 'year'], (item) => ({ session: 5, month: 3, term: 2, year: 1 })[item] ?? 1);
    const amounts: Record<string, number[]> = { session: [5.5, 6, 6.5, 7, 7.5, 8, 10], month: [10, 12, 15, 20, 25], term: [30, 35, 40, 45, 60], year: [10, 15, 20, 25] };
    return { type: 'fee', amount: random.pick(amounts[per] ?? [6]), per, ...extras(true) };
  };
  const monthly = () => ({ type: 'fee', amount: random.pick([5, 8, 10, 12, 15]), per: 'month', ...extras(true) });
  const r = random.next();
  switch (profile) {
    case 'free':
      return r < 0.85 ? free() : donation();
    case 'donation':
      return r < 0.7 ? donation() : free();
    case 'low':
      return r < 0.55 ? low() : r < 0.62 ? high() : r < 0.85 ? donation() : free();
    case 'fee':
      return r < 0.85 ? high() : low();
    case 'monthly':
      return r < 0.8 ? monthly() : free();
    case 'mixed':
      return r < 0.45 ? free() : r < 0.7 ? donation() : r < 0.9 ? low() : high();
  }
}

const REFERRAL_CATEGORIES = new Set(['befriending', 'mental-wellbeing', 'health-conditions', 'carers', 'memory-and-dementia', 'money-and-advice']);

interface ListingContext {
  random: Random;
  source: Source;
  pools: Pools;
  venues: VenueIndex;
  organisations: OrganisationRecord[];
  usedSlugs: Set<string>;
}

function makeListing(context: ListingContext, index: number): { slug: string; text: string; referralOnly: boolean; staff?: Record<string, unknown> } {
  const { random, source, pools } = context;
  // Every organisation runs at least one listing; after that, spread evenly.
  const organisation = context.organisations[index] ?? lessUsed(random, context.organisations);
  organisation.uses++;

  const roll = random.next();
  const pool = roll < 0.08 ? pools.remote : roll < 0.13 ? pools.event : roll < 0.2 ? pools.course : pools.regular;
  const focused = organisation.focus.size > 0 && random.chance(0.85) ? pool.filter((template) => template.categories.some((code) => organisation.focus.has(code))) : pool;
  const template = random.pick(focused.length > 0 ? focused : pool.length > 0 ? pool : pools.regular);

  // Where and when.
  const noVenue = template.remote !== undefined || template.whenNotes !== undefined;
  const venue = noVenue ? undefined : chooseVenue(random, context.venues, source, organisation.area, template);
  const where: Where = venue ? { venue: venue.slug } : { remote: template.remote ?? 'phone' };
  let sessions: Record<string, unknown>[] = [];
  let whenNote: string | undefined;
  if (template.whenNotes) {
    whenNote = random.pick(template.whenNotes);
  } else if (template.kind === 'course') {
    sessions = courseSessions(random, template, where);
  } else if (template.kind === 'event') {
    sessions = [eventSession(random, template, where)];
  } else {
    const first = regularSession(random, template, where);
    sessions = [first];
    if (venue && random.chance(0.08)) {
      // A second run at another venue nearby, like a morning group that also meets in the next village.
      const other = chooseVenue(random, context.venues, source, venue.area, template);
      sessions.push(regularSession(random, template, { venue: other.slug }));
    }
  }
  const firstSession = sessions[0];
  const singleDay =
    firstSession && firstSession['pattern'] !== 'dates' && firstSession['pattern'] !== 'course'
      ? Array.isArray(firstSession['days'])
        ? firstSession['days'].length === 1
          ? (firstSession['days'][0] as DayCode)
          : undefined
        : (firstSession['day'] as DayCode | undefined)
      : undefined;

  const leader = random.pick(FIRST_NAMES);
  const role = template.leaderRole ?? 'organiser';
  const town = venue ? venue.place : organisation.town;
  const vars: Vars = {
    town,
    venue: venue?.name,
    day: singleDay ? DAY_NAMES[singleDay] : undefined,
    days: singleDay ? `${DAY_NAMES[singleDay]}s` : undefined,
    leader,
    role,
    org: organisation.name,
    n: String(random.int(6, 30)),
  };

  const title = pickText(random, template.titles, vars, 100) ?? fill(template.titles[0] ?? 'Community Group', { ...vars, town, venue: town });
  const titleHasTown = title.includes(town);
  const slug = claimSlug(
    [
      titleHasTown ? title : `${town} ${title}`,
      ...(singleDay ? [`${titleHasTown ? title : `${town} ${title}`} ${DAY_NAMES[singleDay]}`] : []),
      ...(venue && !title.includes(venue.name) ? [`${title} ${venue.name}`] : []),
    ],
    context.usedSlugs,
  );
  const summary = pickText(random, template.summaries, vars, 160) ?? `${title} in ${town}.`.slice(0, 160);

  // Who runs it, and how to join.
  // About one in ten listings is referral-only, mostly support services rather than clubs.
  const referralOnly = random.chance(template.categories.some((code) => REFERRAL_CATEGORIES.has(code)) ? 0.18 : 0.05);
  const state = random.weighted(['running', 'paused', 'closed'] as const, (item) => ({ running: 95, paused: 4, closed: 1 })[item]);
  let method: string = referralOnly ? 'referral' : (template.joining ?? 'turn-up');
  if (!referralOnly && random.chance(0.15)) method = random.pick(['turn-up', 'book', 'call-first']);
  const accepting = random.weighted(['yes', 'waiting-list', 'full'] as const, (item) => ({ yes: 92, 'waiting-list': 5, full: 3 })[item]);
  if (accepting !== 'yes' && method === 'turn-up') method = 'call-first';
  const howTo =
    method === 'referral'
      ? random.pick(['Ask your GP, practice nurse or link worker to refer you.', 'Your GP or link worker can refer you. Ring us if you are not sure.'])
      : random.chance(0.5)
        ? pickText(random, HOW_TO_JOIN[method as 'turn-up' | 'book' | 'call-first'], vars)
        : undefined;

  const domain = `${organisation.slug}.example.org`;
  const contactPhone = random.chance(0.9) ? phone(random) : undefined;
  const contact = {
    phone: contactPhone,
    phoneRole: contactPhone ? (random.chance(0.7) ? `${leader}, ${role}` : capitalise(role)) : undefined,
    onTheDayPhone: venue?.kind === 'outdoor' && random.chance(0.4) ? mobile(random) : undefined,
    email: !contactPhone || random.chance(0.75) ? `${random.chance(0.6) ? mailbox(leader) : 'hello'}@${domain}` : undefined,
    website: random.chance(0.25) ? `https://${domain}/${slug}` : undefined,
    social: random.chance(0.05) ? [`https://social.example.org/@${organisation.slug}`] : undefined,
  };

  const audiences = template.audiences;
  const welcome = random.chance(0.8)
    ? {
        firstVisit: pickText(random, template.firstVisit && random.chance(0.7) ? template.firstVisit : FIRST_VISIT, vars),
        meetYou: random.chance(0.6) ? pickText(random, MEET_YOU, vars) : undefined,
        bringSomeone: random.chance(0.6) ? true : random.chance(0.1) ? false : undefined,
        carersFree: audiences.some((code) => ['carers', 'dementia', 'long-term-condition'].includes(code)) && random.chance(0.5) ? true : undefined,
      }
    : undefined;

  const lastConfirmed = addDays(REFERENCE_DATE, -random.int(0, 547));
  const status =
    state === 'running'
      ? undefined
      : state === 'paused'
        ? { state, until: random.chance(0.7) ? addDays(REFERENCE_DATE, random.int(14, 120)) : undefined, reason: random.pick(PAUSE_REASONS) }
        : { state, reason: random.pick(CLOSE_REASONS) };
  const notice = state === 'paused' && random.chance(0.5) ? `Paused for now. ${random.pick(PAUSE_REASONS)}` : state === 'running' && random.chance(0.04) ? random.pick(NOTICES) : undefined;

  const staff = referralOnly || random.chance(0.4) ? makeStaff(random, domain, lastConfirmed, referralOnly) : undefined;
  const languages = template.languages && random.chance(0.7) ? [...template.languages] : undefined;

  const delivery = !venue
    ? template.remote === 'home-visit'
      ? random.chance(0.4)
        ? ['home-visit', 'in-person']
        : ['home-visit']
      : [template.remote ?? 'in-person']
    : venue.kind === 'outdoor' || template.outdoor
      ? ['in-person', 'outdoors']
      : ['in-person'];

  const helpsWith = template.helpsWith.length > 1 && random.chance(0.2) ? template.helpsWith.slice(0, -1) : [...template.helpsWith];
  const data = {
    title,
    organisation: organisation.slug,
    summary,
    kind: template.kind,
    categories: [...template.categories],
    helpsWith,
    audiences: [...audiences],
    ageMin: template.ages?.[0],
    ageMax: template.ages?.[1],
    sessions: sessions.length > 0 ? sessions : undefined,
    whenNote,
    delivery,
    cost: pickCost(random, template.cost ?? 'mixed', template.kind),
    joining: {
      method,
      accepting: accepting === 'yes' ? undefined : accepting,
      lookingForMembers: accepting === 'yes' && random.chance(0.1) ? true : undefined,
      howTo,
    },
    welcome,
    contact,
    status,
    notice,
    review: { lastConfirmed, confirmedBy: random.pick(CONFIRMED_BY) },
    languages,
  };

  const body = makeBody(random, template, vars, audiences, Boolean(venue));
  return { slug, text: `---\n${stringify(data, YAML_OPTIONS)}---\n\n${body}\n`, referralOnly, ...(staff ? { staff } : {}) };
}

function makeStaff(random: Random, domain: string, lastConfirmed: string, referralOnly: boolean): Record<string, unknown> {
  const seen = addDays(lastConfirmed, -random.int(0, 120));
  const person = { first: random.pick(FIRST_NAMES), surname: random.pick(SURNAMES) };
  let referral: Record<string, unknown> | undefined;
  if (referralOnly) {
    const method = random.pick(['online-form', 'emailed-form', 'email-leader', 'phone-first']);
    referral = {
      method,
      steps: random.sample(REFERRAL_STEPS, random.int(2, 4)),
      formUrl: method === 'online-form' ? `https://${domain}/refer` : undefined,
      email: method === 'emailed-form' ? `referrals@${domain}` : method === 'email-leader' ? `${mailbox(person.first)}@${domain}` : undefined,
      contact:
        method === 'phone-first' || random.chance(0.7)
          ? { name: `${person.first} ${person.surname}`, role: random.pick(STAFF_ROLES), phone: phone(random), email: `${mailbox(person.first)}@${domain}` }
          : undefined,
    };
  }
  const dbs = random.chance(0.6);
  return {
    referral,
    capacity:
      referralOnly || random.chance(0.4)
        ? {
            waitingListWeeks: random.chance(0.5) ? random.int(0, 16) : undefined,
            higherNeeds: random.pick(['yes', 'some', 'some', 'no']),
            cannotOffer: random.chance(0.4) ? random.pick(CANNOT_OFFER) : undefined,
          }
        : undefined,
    assurance: {
      safeguarding: { inPlace: true, seen },
      insurance: { inPlace: true, seen },
      dbs: dbs ? { inPlace: true, seen } : undefined,
    },
    fundingUntil: referralOnly || random.chance(0.2) ? random.pick(['2027-03-31', '2027-12-31', '2028-03-31']) : undefined,
    notes: random.chance(0.4) ? random.pick(STAFF_NOTES) : undefined,
  };
}

function makeBody(random: Random, template: ActivityTemplate, vars: Vars, audiences: readonly string[], atVenue: boolean): string {
  const paragraphs: string[] = [];
  paragraphs.push(pickTexts(random, template.what, vars, random.int(2, 3)).join(' '));
  const who = [...(WHO_COMES[audiences[0] ?? ''] ?? []), ...(WHO_COMES['default'] ?? [])];
  const wanted = random.int(2, 4);
  paragraphs.push(pickTexts(random, who, vars, random.int(1, 2)).join(' '));
  if (wanted >= 3) paragraphs.push(pickTexts(random, FIRST_VISIT, vars, random.int(1, 2)).join(' '));
  if (wanted >= 4) {
    const practical = PRACTICAL.filter((text) => atVenue || !/bus|parking/i.test(text));
    paragraphs.push(pickTexts(random, practical, vars, 1).join(' '));
  }
  return paragraphs.filter(Boolean).join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

const YAML_OPTIONS = { lineWidth: 0 } as const;

function yamlFile(data: Record<string, unknown>): string {
  return stringify(data, YAML_OPTIONS);
}

/** Write a complete synthetic content tree to `outDir`. Replaces its content folders; leaves anything else there alone. */
export function generateDirectory({ count, seed = 1, outDir, sourceDir = DEFAULT_SOURCE }: GenerateOptions): GenerateSummary {
  if (!Number.isInteger(count) || count < 1) throw new Error(`count must be a whole number of listings, 1 or more (got ${count})`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number (got ${seed})`);
  const out = resolve(outDir);
  const from = resolve(sourceDir);
  if (out === from || out === resolve(DEFAULT_SOURCE)) throw new Error(`refusing to overwrite the real content folder ${out}; choose another outDir`);

  const random = makeRandom(seed);
  const source = readSource(from);
  const templates = usableTemplates(source);
  const venues = makeVenues(random, source, Math.max(1, Math.round(count / 4)));
  const organisations = makeOrganisations(random, source, Math.max(1, Math.round(count / 6)));
  const context: ListingContext = { random, source, pools: poolsOf(templates), venues: indexVenues(venues), organisations, usedSlugs: new Set() };
  const listings = Array.from({ length: count }, (_, index) => makeListing(context, index));

  for (const folder of ['listings', 'organisations', 'venues', 'taxonomies']) rmSync(join(out, folder), { recursive: true, force: true });
  for (const folder of ['listings', 'organisations', 'venues']) mkdirSync(join(out, folder), { recursive: true });
  copyFileSync(join(from, 'site.yml'), join(out, 'site.yml'));
  cpSync(join(from, 'taxonomies'), join(out, 'taxonomies'), { recursive: true });
  for (const venue of venues) writeFileSync(join(out, 'venues', `${venue.slug}.yml`), yamlFile(venue.data));
  for (const organisation of organisations) writeFileSync(join(out, 'organisations', `${organisation.slug}.yml`), yamlFile(organisation.data));
  // Staff data goes to the staff tree beside it (<outDir>-staff), the way an area keeps it.
  const staffOut = staffDirFor(out);
  for (const folder of [STAFF_FOLDERS.listings, STAFF_FOLDERS.listingStaff]) {
    rmSync(join(staffOut, folder), { recursive: true, force: true });
    mkdirSync(join(staffOut, folder), { recursive: true });
  }
  for (const listing of listings) {
    writeFileSync(join(listing.referralOnly ? join(staffOut, STAFF_FOLDERS.listings) : join(out, 'listings'), `${listing.slug}.md`), listing.text);
    if (listing.staff) writeFileSync(join(staffOut, STAFF_FOLDERS.listingStaff, `${listing.slug}.yml`), yamlFile(listing.staff));
  }
  return { listings: listings.length, organisations: organisations.length, venues: venues.length };
}

// ---------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------

function main(argv: readonly string[]): void {
  const [countText, outDir, seedText] = argv;
  const count = Number(countText);
  const seed = seedText === undefined ? 1 : Number(seedText);
  if (!outDir || !Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('Usage: npx node scripts/bench/generate-directory.ts <count> <outDir> [seed]');
    process.exit(1);
  }
  const started = performance.now();
  const summary = generateDirectory({ count, seed, outDir });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Wrote ${summary.listings} listings, ${summary.organisations} organisations and ${summary.venues} venues to ${resolve(outDir)} in ${seconds}s (seed ${seed}).`);
  console.log(`Check it with: CONTENT_DIR=${resolve(outDir)} npx node scripts/check-content.ts`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
