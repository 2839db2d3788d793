import { useFormatter, useTranslations } from "next-intl";
import type { SaveStatus } from "./sheet-autosave";

function useDescribe(): (status: SaveStatus, hasDraft: boolean, timeZone: string) => string {
  const t = useTranslations("scoreSheet.status");
  const format = useFormatter();
  return (status, hasDraft, timeZone) => {
    switch (status.kind) {
      case "idle":
        return hasDraft ? t("idleWithDraft") : t("idle");
      case "saved":
        return t("saved", { time: format.dateTime(status.at, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }) });
      default:
        return t(status.kind);
    }
  };
}

/** The autosave's state in words, announced politely to screen readers as it changes; the clock is the edition's zone. */
export function SaveStatusText({ status, hasDraft, timeZone }: { status: SaveStatus; hasDraft: boolean; timeZone: string }) {
  const describe = useDescribe();
  const isProblem = status.kind === "retrying" || status.kind === "invalid" || status.kind === "mismatch" || status.kind === "stopped";
  return (
    <p role="status" aria-live="polite" className={`text-sm ${isProblem ? "font-semibold text-red-800" : "text-slate-600"}`}>
      {describe(status, hasDraft, timeZone)}
    </p>
  );
}
