"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { NominationState } from "@/db/schema";
import { formatDeadline } from "@/lib/domain/deadline";
import { useServerText } from "@/components/i18n/server-text-provider";
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
  const t = useTranslations("dossierForm.recovery");
  const { say } = useServerText();
  const locale = useLocale();
  const ref = useFocusOnMount<HTMLDivElement>();
  const { theirs } = conflict;
  // The server's message is in the page's language: compare it with the same template said in that language.
  const isOtherTab = theirs ? theirs.isSavedByMe : conflict.message === say(OTHER_TAB_MESSAGE);
  const when = theirs ? t("when", { moment: formatDeadline(new Date(theirs.savedAt), timeZone, locale) }) : "";
  const name = theirs?.savedBy ?? t("aColleague");
  return (
    <div ref={ref} tabIndex={-1} className={PANEL_CLASS} data-testid="conflict-panel">
      <h2 className="text-base font-bold">{isOtherTab ? t("otherTabTitle") : t("colleagueTitle")}</h2>
      {conflict.hasLoadedTheirs ? (
        <p>{isOtherTab ? t("loadedOtherTab", { when }) : t("loadedColleague", { name, when })}</p>
      ) : (
        <>
          <p>{isOtherTab ? t("savedOtherTab", { when }) : t("savedColleague", { name, when })}</p>
          {conflict.hasLoadFailed && <p>{t("loadFailed")}</p>}
          {theirs && theirs.state !== "draft" ? (
            <div className="space-y-2">
              <p className="font-semibold">{t("submittedSince")}</p>
              <UnsavedText mine={conflict.mine} other={theirs.values} base={conflict.base} />
              <Button type="button" variant="secondary" onClick={() => window.location.reload()}>
                {t("openSubmitted")}
              </Button>
            </div>
          ) : (
            <Button type="button" onClick={onLoadTheirs}>
              {isOtherTab ? t("loadThatVersion") : t("loadTheirVersion")}
            </Button>
          )}
        </>
      )}
      {conflict.hasLoadedTheirs && theirs && (
        <>
          <UnsavedText mine={conflict.mine} other={theirs.values} base={conflict.base} />
          <Button type="button" variant="secondary" onClick={onDismiss}>
            {t("copied")}
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
  const t = useTranslations("dossierForm.recovery");
  const ref = useFocusOnMount<HTMLDivElement>();
  const moment = formatDeadline(new Date(copy.writtenAt), timeZone, useLocale());
  return (
    <div ref={ref} tabIndex={-1} className={PANEL_CLASS}>
      <h2 className="text-base font-bold">{t("restoreTitle")}</h2>
      {isSameVersion ? (
        <p>{t("restoreSameVersion", { moment })}</p>
      ) : (
        <>
          <p>{t("restoreOtherVersion", { moment })}</p>
          <UnsavedText mine={copy.values} other={current} />
        </>
      )}
      <div className="flex flex-wrap gap-3">
        {isSameVersion && (
          <Button type="button" onClick={onRestore}>
            {t("restore")}
          </Button>
        )}
        <Button type="button" variant="secondary" onClick={onDiscard}>
          {t("discard")}
        </Button>
      </div>
    </div>
  );
}
