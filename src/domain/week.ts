/**
 * "This week": how many days from the build's moment "happening this week", the home page and the
 * search filter cover. Its own file, so the search script can use it without the schedule code.
 */
export const THIS_WEEK_DAYS = 7;
