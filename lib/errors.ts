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
