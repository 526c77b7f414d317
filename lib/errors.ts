/** Errors the domain raises for input a user gave; callers turn them into HTTP 400 or CLI exit 2. */

export class InputError extends Error {
  constructor(
    message: string,
    /** Where the problem is: a field name, or "row 12, field ids". */
    readonly where?: string,
  ) {
    super(where ? `${where}: ${message}` : message);
  }
}

/** Several problems with one request, each naming its field; shown together so a caller fixes them at once. */
export class ValidationError extends InputError {
  constructor(readonly errors: { field: string; reason: string }[]) {
    super(errors.map((e) => `${e.field}: ${e.reason}`).join('; '));
  }
}

/** A dependency (the list, the store) cannot be used: callers must fail closed (HTTP 503), never answer "clear". */
export class UnavailableError extends Error {}
