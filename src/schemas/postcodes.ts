import { z } from 'astro/zod';

/** A postcode sector, like "PL25 4": the district, a space and the first digit of the inward code. */
export const SECTOR_PATTERN = /^[A-Z]{1,2}\d[A-Z\d]? \d$/;

const coordinate = (min: number, max: number, what: string) =>
  z
    .number({ error: `should be a ${what} in degrees, like ${what === 'latitude' ? '50.34' : '-4.79'}` })
    .min(min)
    .max(max);

/**
 * The area's postcode table (content/postcodes.yml): the centre of each postcode sector, so a typed
 * postcode is placed without any postcode service. `npm run postcodes -- --from <CSV>` builds it
 * from the ONS Postcode Directory or Code-Point Open; an area may also write it by hand.
 */
export const postcodeTableSchema = z.strictObject({
  attribution: z
    .string()
    .trim()
    .min(1, { error: 'is empty; say where the centres come from, as their licence asks (the site shows it)' })
    .describe('Where the centres come from, credited as their licence asks. The site shows it beside distances.'),
  approximate: z.boolean().default(false).describe('True when the centres are rough, like a hand-made table; the site then says distances are approximate.'),
  sectors: z
    .record(z.string(), z.tuple([coordinate(-90, 90, 'latitude'), coordinate(-180, 180, 'longitude')], { error: 'should be [latitude, longitude], like [50.34, -4.79]' }))
    // Keys are checked here, not by the record, so the message names the sector and says how to write it.
    .superRefine(
      (sectors, ctx) => {
        if (typeof sectors !== 'object' || sectors === null) return;
        for (const sector of Object.keys(sectors))
          if (!SECTOR_PATTERN.test(sector))
            ctx.addIssue({ code: 'custom', path: [sector], message: `"${sector}" is not a postcode sector; write it like PL25 4 (the district, a space and one digit)` });
        if (Object.keys(sectors).length === 0) ctx.addIssue({ code: 'custom', message: 'is empty; list at least one sector, like PL25 4: [50.34, -4.79]' });
      },
      { when: () => true },
    )
    .describe('Each sector and its centre as [latitude, longitude].'),
});

export type PostcodeTable = z.output<typeof postcodeTableSchema>;
