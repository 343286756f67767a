/**
 * The moment every build the tests use is made at (DIRECTORY_NOW), so the suite passes on any
 * date: "next dates", pauses, review states and "this week" are worked out from here, not from the
 * machine's clock. Browser tests read it back from the built search index.
 */
export const TEST_NOW = '2026-12-01T10:00:00Z';
