import { describe, expect, it } from 'vitest';
import { viewForAudience } from '../../src/data/visibility.ts';
import { shapeListing } from '../../src/lib/listing-view.ts';
import { fundingState, shapeStaff } from '../../src/lib/staff-view.ts';
import { content, context, staffData, today } from './good-fixture.ts';

// The staff view of a listing, from the good fixture, on a fixed day.
const raw = (slug: string) => {
  const data = content.listings.get(slug);
  if (!data) throw new Error(`no fixture ${slug}`);
  return data;
};

describe('the staff view', () => {
  it('exists only when the build is for staff', () => {
    const data = raw('fixture-knit-and-natter');
    expect(shapeListing('fixture-knit-and-natter', viewForAudience(data, 'public')!, { ...context, audience: 'public' }).staff).toBeUndefined();
    expect(shapeListing('fixture-knit-and-natter', viewForAudience(data, 'public')!, context).staff).toBeUndefined();
    expect(shapeListing('fixture-knit-and-natter', staffData('fixture-knit-and-natter'), { ...context, audience: 'staff' }).staff?.notes).toBe('STAFF-SENTINEL-PUBLIC-LISTING-NOTE');
  });

  it('reads out the referral route, capacity, assurance with dates, funding and notes', () => {
    const staff = shapeStaff(staffData('fixture-referral-only'), true, today);
    expect(staff).toMatchObject({
      referralOnly: true,
      takesReferralsNow: true,
      referral: { methodId: 'phone-first', method: 'Phone to talk first', steps: ['STAFF-SENTINEL-REFERRAL-STEP-ONE', 'STAFF-SENTINEL-REFERRAL-STEP-TWO'], formUrl: 'https://example.org/staff-sentinel-referral-form' },
      waitingListWeeks: 3,
      higherNeeds: { id: 'some', label: 'Some, ask first' },
      cannotOffer: 'STAFF-SENTINEL-REFERRAL-CANNOT-OFFER',
      funding: { until: '2027-01-31', state: 'ending-soon', text: 'Funded until 31 January 2027 (ending soon)' },
      notes: 'STAFF-SENTINEL-REFERRAL-NOTES',
      nothingRecorded: false,
    });
    expect(staff.assurance.map((line) => `${line.label}: ${line.text}`)).toEqual([
      'Safeguarding policy: In place, seen 4 March 2026',
      'DBS-checked volunteers: In place, date not recorded',
      'Public liability insurance: Not in place',
    ]);
  });

  it('takes referrals now only with a way to refer and room now', () => {
    const data = staffData('fixture-referral-only');
    expect(shapeStaff(data, false, today).takesReferralsNow).toBe(false);
    const { staff: _staff, ...noStaff } = data;
    // Joining by referral counts as a way to refer, even with no staff block…
    expect(shapeStaff({ ...noStaff, joining: { ...data.joining, method: 'referral' } }, true, today)).toMatchObject({ takesReferralsNow: true, nothingRecorded: true });
    // …but a turn-up group with no referral route does not.
    expect(shapeStaff({ ...noStaff, joining: { ...data.joining, method: 'turn-up' } }, true, today).takesReferralsNow).toBe(false);
  });

  it('uses the shaped listing\'s status: a waiting list is not "taking referrals now"', () => {
    const listing = shapeListing('fixture-referral-hidden', staffData('fixture-referral-hidden'), { ...context, audience: 'staff' });
    expect(listing.banner?.kind).toBe('waiting-list');
    expect(listing.staff?.takesReferralsNow).toBe(false);
    expect(listing.staff?.referral?.method).toBe('Online referral form');
    expect(listing.staff?.assurance.every((line) => line.text === 'Not recorded')).toBe(true);
  });

  it('flags funding that ends within 90 days, or has ended', () => {
    expect(fundingState('2026-11-20', today)).toBe('ended');
    expect(fundingState('2026-11-21', today)).toBe('ending-soon');
    expect(fundingState('2027-02-19', today)).toBe('ending-soon');
    expect(fundingState('2027-02-20', today)).toBe('funded');
  });
});
