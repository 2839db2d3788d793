"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { NominationState } from "@/db/schema";
import { formatDeadline } from "@/lib/domain/deadline";
import { OTHER_TAB_MESSAGE } from "@/lib/nominations/conflict-messages";
import type { NominationContentValues } from "@/lib/validation/nomination";
import type { LocalCopy } from "./local-copy";
import { UnsavedText } from "./unsaved-text";
import type { SavedVersion } from "./use-autosave";

export interface LoadedVersion extends SavedVersion {
  state: NominationState;
  /** Saved by the person looking, from another tab or window. */
  isSavedByMe: boolean;
}

export interface Conflict {
  message: string;
  /** The user's own text when the conflict was found; kept until they dismiss it. */
  mine: NominationContentValues;
  /** The version the user's text started from, so only what they changed themselves is offered back. */
  base: NominationContentValues;
  theirs: LoadedVersion | null;
  hasLoadFailed: boolean;
  hasLoadedTheirs: boolean;
}

const PANEL_CLASS = "space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 outline-none";

/** Moves focus to a panel when it appears, so keyboard and screen-reader users meet it first. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/**
 * A colleague (or the same person in another tab) saved in between: autosave is paused and nothing is overwritten.
 * The user loads that version and keeps their own changes beside it, read-only, to copy what they need.
 */
export function ConflictPanel({
  conflict,
  timeZone,
  onLoadTheirs,
  onDismiss,
}: {
  conflict: Conflict;
  timeZone: string;
  onLoadTheirs: () => void;
  onDismiss: () => void;
}) {
  const ref = useFocusOnMount<HTMLDivElement>();
  const { theirs } = conflict;
  const isOtherTab = theirs ? theirs.isSavedByMe : conflict.message === OTHER_TAB_MESSAGE;
  const when = theirs ? ` (${formatDeadline(new Date(theirs.savedAt), timeZone)})` : "";
  const who = theirs?.savedBy ?? "A colleague";
  return (
    <div ref={ref} tabIndex={-1} className={PANEL_CLASS} data-testid="conflict-panel">
      <h2 className="text-base font-bold">
        {isOtherTab ? "You saved this dossier in another tab" : "A colleague saved this dossier in between"}
      </h2>
      {conflict.hasLoadedTheirs ? (
        <p>
          {isOtherTab ? "The version from your other tab" : `${who}'s version`}
          {when} is in the form now, and autosave is on again. Your own changes from this tab are below: copy what you need
          into the form.
        </p>
      ) : (
        <>
          <p>
            {isOtherTab ? "You saved it in another tab or window" : `${who} saved it`}
            {when} after this page loaded. Autosave is paused, so neither version is overwritten. Your text is still in the
            form.
          </p>
          {conflict.hasLoadFailed && <p>Their version could not be loaded just now: try again in a moment.</p>}
          {theirs && theirs.state !== "draft" ? (
            <div className="space-y-2">
              <p className="font-semibold">The dossier has been submitted since, so it is locked. Copy your text below if you need it.</p>
              <UnsavedText mine={conflict.mine} other={theirs.values} base={conflict.base} />
              <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
                Open the submitted dossier
              </Button>
            </div>
          ) : (
            <Button type="button" onClick={onLoadTheirs}>
              {isOtherTab ? "Load that version" : "Load their version"}
            </Button>
          )}
        </>
      )}
      {conflict.hasLoadedTheirs && theirs && (
        <>
          <UnsavedText mine={conflict.mine} other={theirs.values} base={conflict.base} />
          <Button type="button" variant="secondary" onClick={onDismiss}>
            I have copied what I need
          </Button>
        </>
      )}
    </div>
  );
}

/** Text this browser kept but the server never received, offered back after a reload. */
export function RestoreOffer({
  copy,
  current,
  isSameVersion,
  timeZone,
  onRestore,
  onDiscard,
}: {
  copy: LocalCopy;
  current: NominationContentValues;
  isSameVersion: boolean;
  timeZone: string;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  const ref = useFocusOnMount<HTMLDivElement>();
  const typedAt = formatDeadline(new Date(copy.writtenAt), timeZone);
  return (
    <div ref={ref} tabIndex={-1} className={PANEL_CLASS}>
      <h2 className="text-base font-bold">Unsaved text found in this browser</h2>
      {isSameVersion ? (
        <p>You typed text here ({typedAt}) that never reached the server. Restore it to go on where you stopped.</p>
      ) : (
        <>
          <p>You typed text here ({typedAt}) that never reached the server, and a colleague has saved the dossier since. Copy what you need:</p>
          <UnsavedText mine={copy.values} other={current} />
        </>
      )}
      <div className="flex flex-wrap gap-3">
        {isSameVersion && (
          <Button type="button" onClick={onRestore}>
            Restore my unsaved text
          </Button>
        )}
        <Button type="button" variant="secondary" onClick={onDiscard}>
          Discard it
        </Button>
      </div>
    </div>
  );
}
