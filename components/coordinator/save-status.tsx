import { formatDeadline } from "@/lib/domain/deadline";
import type { SaveState } from "./use-autosave";

function formatTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(at);
}

function describe(state: SaveState, hasUnsaved: boolean, timeZone: string): { text: string; isProblem: boolean } {
  switch (state.status) {
    case "saving":
      return { text: "Saving…", isProblem: false };
    case "retrying":
      return { text: "Not saved — retrying. Your text stays here and in this browser.", isProblem: true };
    case "invalid":
      return { text: "Not saved — correct the highlighted fields.", isProblem: true };
    case "partly-saved":
      return {
        text: `Saved at ${formatTime(state.at, timeZone)}, except the highlighted fields: correct them to save them too. Their text stays here and in this browser.`,
        isProblem: true,
      };
    case "conflict":
      // Who saved (a colleague, or this person in another tab) is told by the panel, once it is known.
      return { text: "Not saved — this dossier was saved elsewhere in between.", isProblem: true };
    case "stopped":
      return { text: `Not saved — ${state.message}`, isProblem: true };
    case "saved": {
      if (hasUnsaved) return { text: "Unsaved changes — saving shortly…", isProblem: false };
      const by = state.by ? ` by ${state.by}` : "";
      if (state.isInitial) return { text: `Last saved ${formatDeadline(state.at, timeZone)}${by}`, isProblem: false };
      return { text: `Saved at ${formatTime(state.at, timeZone)}`, isProblem: false };
    }
  }
}

/** Whether the draft is on the server: "Saved at 14:32", "Saving…" or "Not saved — retrying". */
export function SaveStatus({ state, hasUnsaved, timeZone }: { state: SaveState; hasUnsaved: boolean; timeZone: string }) {
  const { text, isProblem } = describe(state, hasUnsaved, timeZone);
  return (
    <p role="status" data-save-status={state.status} className={`text-sm ${isProblem ? "font-semibold text-red-800" : "text-slate-700"}`}>
      {text}
    </p>
  );
}
