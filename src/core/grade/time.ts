/**
 * Times as Japanese city halls read them: Japan Standard Time (UTC+9, no daylight saving), whatever the
 * time zone of the machine grading. Formatted by hand so that core depends on no locale data.
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

function parts(date: Date) {
  const jst = new Date(date.getTime() + JST_OFFSET_MS);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return {
    date: `${jst.getUTCFullYear()}-${pad(jst.getUTCMonth() + 1)}-${pad(jst.getUTCDate())}`,
    minute: `${pad(jst.getUTCHours())}:${pad(jst.getUTCMinutes())}`,
    second: pad(jst.getUTCSeconds()),
    milli: pad(jst.getUTCMilliseconds(), 3),
  };
}

/** "2025-07-01 10:00:00.000": the log's 日時, exact to the millisecond so that one grading is one batch. */
export function logTime(date: Date): string {
  const p = parts(date);
  return `${p.date} ${p.minute}:${p.second}.${p.milli}`;
}

/** "2025-07-01 10:00": the stamp shown on the sheet. */
export function stampTime(date: Date): string {
  const p = parts(date);
  return `${p.date} ${p.minute}`;
}
