/** Checks shared by the console's query strings (search, alert queue): every problem is collected, none thrown alone. */

export type FieldErrors = { field: string; reason: string }[];

/** A parameter that must be one of `allowed` once normalized (lower case by default); undefined when absent. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], field: string, errors: FieldErrors, normalize = (v: string) => v.toLowerCase()): T | undefined {
  const given = value?.trim();
  if (!given) return undefined;
  const normalized = normalize(given);
  if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
  errors.push({ field, reason: `must be one of ${allowed.join(', ')}` });
  return undefined;
}
