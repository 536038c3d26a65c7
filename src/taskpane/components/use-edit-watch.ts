/**
 * A job's result belongs to the sheet as it was (#20): kept while the user switches tabs, dropped when a
 * person changes the workbook, with a word that it was. One hook for every panel that shows a result.
 */
import { useEffect, useRef, useState } from "react";
import type { PaneJobs } from "../jobs";

/** Calls `drop` when a person edits the workbook while `holding` a result; says whether that just happened. */
export function useDropOnEdit(
  jobs: Pick<PaneJobs, "watchEdits"> | undefined,
  holding: boolean,
  drop: () => void,
): boolean {
  const [dropped, setDropped] = useState(false);
  // The latest values, read by the one subscription below.
  const current = useRef({ holding, drop });
  current.current = { holding, drop };
  useEffect(() => {
    if (!jobs?.watchEdits) return undefined;
    return jobs.watchEdits(() => {
      if (!current.current.holding) return;
      current.current.drop();
      setDropped(true);
    });
  }, [jobs]);
  // A new result is the sheet as it is now: the word about the old one goes.
  useEffect(() => {
    if (holding) setDropped(false);
  }, [holding]);
  return dropped;
}
