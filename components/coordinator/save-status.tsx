import { formatDeadline } from "@/lib/domain/deadline";
import type { SaveState } from "./use-autosave";

function describe(state: SaveState, hasUnsaved: boolean, timeZone: string): { text: string; isProblem: boolean } {
  switch (state.status) {
    case "saving":
      return { text: "Saving…", isProblem: false };
    case "retrying":
      return { text: "Not saved — retrying. Your text stays here and in this browser.", isProblem: true };
    case "invalid":
      return { text: "Not saved — correct the highlighted fields.", isProblem: true };
    case "conflict":
      return { text: "Not saved — a colleague saved this dossier in between.", isProblem: true };
    case "stopped":
      return { text: `Not saved — ${state.message}`, isProblem: true };
    case "saved": {
      if (hasUnsaved) return { text: "Unsaved changes — saving shortly…", isProblem: false };
      const by = state.by ? ` by ${state.by}` : "";
      if (state.isInitial) return { text: `Last saved ${formatDeadline(state.at, timeZone)}${by}`, isProblem: false };
      return { text: `Saved at ${new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone }).format(state.at)}`, isProblem: false };
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
