import { describe, expect, it } from 'vitest';
import { fundingState, shapeStaff } from '../../src/domain/staff-view.ts';
import { content, shaped, staffData, today } from './good-fixture.ts';

// The staff view of a listing, from the good fixture, on a fixed day.
const info = (slug: string) => content.listings.get(slug)?.data.staff;

describe('the staff view', () => {
  it('exists only when the build is for staff', () => {
    expect(shaped('fixture-knit-and-natter', 'public').staff).toBeUndefined();
    expect(shaped('fixture-knit-and-natter', 'staff').staff?.notes).toBe('STAFF-SENTINEL-PUBLIC-LISTING-NOTE');
    expect(shaped('fixture-knit-and-natter', 'public').data).not.toHaveProperty('staff');
  });

  it('reads out the referral route, capacity, assurance with dates, funding and notes', () => {
    const staff = shapeStaff(staffData('fixture-referral-only'), info('fixture-referral-only'), true, today);
    expect(staff).toMatchObject({
      referralOnly: true,
      takesReferralsNow: true,
      referral: {
        methodId: 'phone-first',
        method: 'Phone to talk first',
        steps: ['STAFF-SENTINEL-REFERRAL-STEP-ONE', 'STAFF-SENTINEL-REFERRAL-STEP-TWO'],
        formUrl: 'https://example.org/staff-sentinel-referral-form',
      },
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
    expect(shapeStaff(data, info('fixture-referral-only'), false, today).takesReferralsNow).toBe(false);
    // Joining by referral counts as a way to refer, even with no staff information…
    expect(shapeStaff({ ...data, joining: { ...data.joining, method: 'referral' } }, undefined, true, today)).toMatchObject({ takesReferralsNow: true, nothingRecorded: true });
    // …but a turn-up group with no referral route does not.
    expect(shapeStaff({ ...data, joining: { ...data.joining, method: 'turn-up' } }, undefined, true, today).takesReferralsNow).toBe(false);
  });

  it('uses the shaped listing\'s status: a waiting list is not "taking referrals now"', () => {
    const listing = shaped('fixture-referral-hidden');
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
