/**
 * The bounds of a sorting question, shared by the content format (what an author may write)
 * and stored progress (what an answer may hold), so every answer the course can produce is one
 * stored progress accepts. A module of its own: stored progress is read on every page, and
 * nothing else about sorting should travel with it.
 */

/** Most categories in one sorting question. */
export const MAX_SORT_CATEGORIES = 6;
/** Most items in one sorting question. */
export const MAX_SORT_ITEMS = 12;
