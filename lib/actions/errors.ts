/** An expected refusal whose Russian message is shown to the user as is. */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
  }
}

/** A record that is not in the caller's organisation, or not there at all: both look the same. */
export class NotFoundError extends UserFacingError {
  constructor() {
    super("Запись не найдена.");
  }
}

/** A rule of the area refuses this member (the record is visible to them, so not "not found"). */
export class ForbiddenError extends UserFacingError {}

/**
 * Someone changed the record since the form was opened (its `version` moved on). Not a
 * refusal: the same edit may succeed once the user has reloaded what is there now.
 */
export class ConflictError extends Error {
  constructor(message = "Документ уже изменили: обновите страницу и внесите правки ещё раз.") {
    super(message);
  }
}

/** A successful mutation that left no audit record: a programming error, never the user's. */
export class MissingAuditError extends Error {
  constructor(actionName: string) {
    super(`action "${actionName}" changed data but wrote no audit record`);
  }
}

export function orNotFound<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new NotFoundError();
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from a URL: anything that is not a UUID is simply not there. */
export function idOrNotFound(value: string | undefined): string {
  if (!value || !UUID.test(value)) throw new NotFoundError();
  return value;
}
