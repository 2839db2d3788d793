import type { SaveStatus } from "./sheet-autosave";

function describe(status: SaveStatus, hasDraft: boolean, timeZone: string): string {
  switch (status.kind) {
    case "idle":
      return hasDraft ? "Your draft is saved. Changes save automatically." : "Changes save automatically as a draft.";
    case "unsaved":
      return "Unsaved changes…";
    case "saving":
      return "Saving…";
    case "saved":
      return `Saved at ${new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(status.at)}`;
    case "retrying":
      return "Not saved — retrying";
    case "invalid":
      return "Not saved — correct the highlighted fields";
    case "mismatch":
      return "Not saved — this browser keeps your changes";
    case "stopped":
      return "Not saved";
  }
}

/** The autosave's state in words, announced politely to screen readers as it changes; the clock is the edition's zone. */
export function SaveStatusText({ status, hasDraft, timeZone }: { status: SaveStatus; hasDraft: boolean; timeZone: string }) {
  const isProblem = status.kind === "retrying" || status.kind === "invalid" || status.kind === "mismatch" || status.kind === "stopped";
  return (
    <p role="status" aria-live="polite" className={`text-sm ${isProblem ? "font-semibold text-red-800" : "text-slate-600"}`}>
      {describe(status, hasDraft, timeZone)}
    </p>
  );
}
