/** Command-line flag parsing shared by every command; bad usage raises UsageError (exit 2). */

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  /** Every value given for each flag, in order (`--list a --list b`). */
  flags: Map<string, string[]>;
  /** Flags given without a value (`--full`). */
  switches: Set<string>;
}

/** The options a command knows: `values` take a value (`--in FILE`), `switches` do not (`--json`). */
export interface OptionSpec {
  values?: string[];
  switches?: string[];
}

/**
 * Unknown options are refused here, before anything else: only the spec says whether an option takes
 * a value, so an unknown one would otherwise swallow the next argument or report a missing value.
 */
export function parseArgs(argv: string[], { values = [], switches = [] }: OptionSpec): ParsedArgs {
  const parsed: ParsedArgs = { positional: [], flags: new Map(), switches: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      parsed.positional.push(arg);
      continue;
    }
    const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (switches.includes(key)) {
      if (inline !== undefined) throw new UsageError(`--${key} takes no value`);
      parsed.switches.add(key);
      continue;
    }
    if (!values.includes(key)) throw new UsageError(`unknown option --${key}`);
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
