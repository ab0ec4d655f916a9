/** At most this many words of a search are used; more would not narrow a list of 20. */
export const MAX_SEARCH_WORDS = 6;
export const SUGGESTIONS_LIMIT = 5;
/** Search pages are offsets; deeper than this, refine the words instead. */
export const MAX_SEARCH_OFFSET = 10_000;
