/** The digest error.tsx recognises: Next keeps a thrown error's own digest in production. */
export const SESSION_UNAVAILABLE_DIGEST = "TANDEM_SESSION_UNAVAILABLE";

/** The session could not be checked (the database did not answer): neither signed in nor out. */
export class SessionUnavailableError extends Error {
  readonly digest = SESSION_UNAVAILABLE_DIGEST;

  constructor() {
    super("The session could not be checked: the database is unavailable.");
  }
}
