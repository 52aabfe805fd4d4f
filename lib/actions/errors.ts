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

export function orNotFound<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new NotFoundError();
  return value;
}
