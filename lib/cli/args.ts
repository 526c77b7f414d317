/** Command-line flag parsing shared by every command; bad usage raises UsageError (exit 2). */

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  /** Every value given for each flag, in order (`--list a --list b`). */
  flags: Map<string, string[]>;
  /** Flags given without a value (`--full`). */
  switches: Set<string>;
}

/** `booleans` names the flags that take no value. */
export function parseArgs(argv: string[], booleans: string[] = []): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Map(), switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      parsed.positional.push(arg);
      continue;
    }
    const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (booleans.includes(key)) {
      parsed.switches.add(key);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) throw new UsageError(`--${key} needs a value`);
    parsed.flags.set(key, [...(parsed.flags.get(key) ?? []), value]);
  }
  return parsed;
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  return args.flags.get(name)?.at(-1);
}

export function requiredFlag(args: ParsedArgs, name: string): string {
  const value = flag(args, name);
  if (value === undefined) throw new UsageError(`--${name} is required`);
  return value;
}

export function numberFlag(args: ParsedArgs, name: string, min: number, max: number): number | undefined {
  const value = flag(args, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} must be a number from ${min} to ${max}, got "${value}"`);
  return n;
}

/** Rejects flags a command does not know, so a typo is never silently ignored. */
export function allowOnly(args: ParsedArgs, known: string[]): void {
  for (const key of [...args.flags.keys(), ...args.switches]) {
    if (!known.includes(key)) throw new UsageError(`unknown option --${key}`);
  }
}
