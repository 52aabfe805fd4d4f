/** Lengths the roadmap's forms announce and its schemas enforce: one number for both. */
export const COMMENT_MAX_LENGTH = 2000;
