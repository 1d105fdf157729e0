// Runs async tasks one after another, in the order they were asked for, whatever their callers'
// concurrency. Astro renders several pages at once (astro.config.mjs, build.concurrency); an
// open-data workbook of 1,000 guides holds a few hundred MB while exceljs writes it, and four at
// once were the site shard's peak at province scale (docs/scale.md).
export function oneAtATime(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = last.then(task);
    // A failed task fails its own caller only; the next one still runs.
    last = run.catch(() => undefined);
    return run;
  };
}
