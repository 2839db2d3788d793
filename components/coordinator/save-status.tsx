import { useLocale, useTranslations } from "next-intl";
import { formatDeadline } from "@/lib/domain/deadline";
import type { Locale } from "@/lib/i18n/locales";
import type { SaveState } from "./use-autosave";

type Translate = ReturnType<typeof useTranslations<"dossierForm.saveStatus">>;

function formatTime(at: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(at);
}

function describe(state: SaveState, hasUnsaved: boolean, timeZone: string, t: Translate, locale: Locale): { text: string; isProblem: boolean } {
  switch (state.status) {
    case "saving":
      return { text: t("saving"), isProblem: false };
    case "retrying":
      return { text: t("retrying"), isProblem: true };
    case "invalid":
      return { text: t("invalid"), isProblem: true };
    case "partly-saved":
      return { text: t("partlySaved", { time: formatTime(state.at, timeZone, locale) }), isProblem: true };
    case "conflict":
      // Who saved (a colleague, or this person in another tab) is told by the panel, once it is known.
      return { text: t("conflict"), isProblem: true };
    case "stopped":
      return { text: t("stopped", { message: state.message }), isProblem: true };
    case "saved": {
      if (hasUnsaved) return { text: t("unsaved"), isProblem: false };
      if (state.isInitial) {
        const when = formatDeadline(state.at, timeZone, locale);
        return { text: state.by ? t("lastSavedBy", { when, name: state.by }) : t("lastSaved", { when }), isProblem: false };
      }
      return { text: t("savedAt", { time: formatTime(state.at, timeZone, locale) }), isProblem: false };
    }
  }
}

/** Whether the draft is on the server: "Saved at 14:32", "Saving…" or "Not saved — retrying". */
export function SaveStatus({ state, hasUnsaved, timeZone }: { state: SaveState; hasUnsaved: boolean; timeZone: string }) {
  const t = useTranslations("dossierForm.saveStatus");
  const { text, isProblem } = describe(state, hasUnsaved, timeZone, t, useLocale());
  return (
    <p role="status" data-save-status={state.status} className={`text-sm ${isProblem ? "font-semibold text-red-800" : "text-slate-700"}`}>
      {text}
    </p>
  );
}
