// The build date decides whether an abolition is already in force and whether a guide is overdue
// for review. It is explicit (`--date`, TONGYUAN_DATE) so builds and tests are reproducible.

export interface BuildDate {
  /** `YYYY-MM-DD` */
  readonly iso: string;
  /** Midnight UTC, like the Date objects YAML makes of unquoted dates. */
  readonly value: Date;
}

/** A strict `YYYY-MM-DD` calendar day, or undefined. */
export function parseDay(text: string): BuildDate | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const value = new Date(Date.UTC(year, month - 1, day));
  if (
    value.getUTCFullYear() !== year ||
    value.getUTCMonth() !== month - 1 ||
    value.getUTCDate() !== day
  )
    return undefined;
  return { iso: text.trim(), value };
}

/** Today in the local calendar (what an editor means by "today"). */
export function today(now = new Date()): BuildDate {
  const iso = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return { iso, value: new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())) };
}

export const ENV_DATE = 'TONGYUAN_DATE';

/**
 * `--date`, else the TONGYUAN_DATE environment variable, else today. Returns an error message
 * (Chinese) for a malformed date instead of silently falling back.
 */
export function resolveBuildDate(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): BuildDate | { error: string } {
  for (const [source, text] of [
    ['--date', flag],
    [ENV_DATE, env[ENV_DATE]],
  ] as const) {
    if (text === undefined || text === '') continue;
    const day = parseDay(text);
    return (
      day ?? { error: `${source} 的值“${text}”不是有效日期，应写成 YYYY-MM-DD，例如 2026-11-25。` }
    );
  }
  return today();
}

export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** The same calendar day one year earlier (midnight UTC). */
export const oneYearBefore = (date: BuildDate): Date =>
  new Date(
    Date.UTC(date.value.getUTCFullYear() - 1, date.value.getUTCMonth(), date.value.getUTCDate()),
  );

const pad = (n: number) => String(n).padStart(2, '0');
