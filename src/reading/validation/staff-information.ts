import { CONTENT_FOLDERS, STAFF_FOLDERS } from '../../schemas/content-layout.ts';
import { listingStaffFileSchema, type StaffInfo } from '../../schemas/staff.ts';
import type { SourceFile, StaffTree } from '../content-source.ts';
import type { ValidListing } from './check-content.ts';
import { checkFileNames, didYouMean, parseFile, rawField } from './check-helpers.ts';
import type { Problem } from './friendly-issues.ts';

function checkStaffDates(path: string, staff: StaffInfo, latestDay: string, problems: Problem[]): void {
  for (const [key, item] of Object.entries(staff.assurance ?? {})) {
    if (item?.seen && item.seen > latestDay)
      problems.push({ file: path, field: `assurance.${key}.seen`, message: `${item.seen} is in the future; give the date a coordinator last saw it (today or earlier)`, severity: 'error' });
  }
}

/**
 * The staff tree's information about each listing (content-staff/listing-staff/<slug>.yml) joins
 * the listing of the same name. A file for no listing, or a second set for one, names both files.
 */
export function mergeStaffInformation(
  staff: StaffTree | undefined,
  listings: Map<string, ValidListing>,
  listingFiles: readonly SourceFile[],
  contentRoot: string,
  latestDay: string,
  problems: Problem[],
): void {
  const files = staff?.listingStaff ?? [];
  checkFileNames(files, problems);
  const merged = new Set<string>();
  for (const file of files) {
    const parsed = parseFile(file, listingStaffFileSchema, problems);
    if (parsed?.listing !== undefined && parsed.listing !== file.slug) {
      problems.push({
        file: file.path,
        field: 'listing',
        message: `says ${parsed.listing}, but the file is named ${file.slug}.yml; the file's name says which listing it is about, so rename the file or correct the listing`,
        severity: 'error',
      });
    }
    const info: StaffInfo | undefined = parsed && (({ listing: _listing, ...rest }) => rest)(parsed);
    const listingFile = listingFiles.find((candidate) => candidate.slug === file.slug);
    if (!listingFile) {
      const suggestion = didYouMean(
        file.slug,
        listingFiles.map((candidate) => candidate.slug),
      );
      problems.push({
        file: file.path,
        message: `is staff information for a listing called ${file.slug}, but there is no ${contentRoot}/${CONTENT_FOLDERS.listings}/${file.slug}.md or ${staff?.shownRoot}/${STAFF_FOLDERS.listings}/${file.slug}.md; ${suggestion ? `${suggestion} Rename` : 'rename'} this file to match the listing's file name, or delete it if the listing has gone`,
        severity: 'error',
      });
      continue;
    }
    const listing = listings.get(file.slug);
    if (rawField(listingFile.data, 'staff') !== undefined && listingFile.path.startsWith(`${staff?.shownRoot}/`)) {
      problems.push({ file: file.path, message: `is a second set of staff information for ${file.slug}: ${listingFile.path} already has it under staff:; keep one of the two`, severity: 'error' });
      continue;
    }
    if (merged.has(file.slug)) continue;
    merged.add(file.slug);
    if (info && listing) {
      listing.data = { ...listing.data, staff: info };
      checkStaffDates(file.path, info, latestDay, problems);
    }
  }
  for (const [slug, listing] of listings) {
    if (listing.tree === 'staff' && listing.data.staff && !merged.has(slug)) checkStaffDates(listing.path, listing.data.staff, latestDay, problems);
    if (listing.data.visibility === 'referral-only' && !listing.data.staff?.referral) {
      problems.push({
        file: listing.path,
        field: 'staff.referral.method',
        message: `is missing; a referral-only listing must say how to refer (under staff: referral: method:, or in ${staff?.shownRoot}/${STAFF_FOLDERS.listingStaff}/${slug}.yml), or staff cannot use it`,
        severity: 'error',
      });
    }
  }
}
