import type { NominationContentValues } from "@/lib/validation/nomination";
import { FIELD_LABELS } from "./field-labels";

function toText(values: NominationContentValues, field: keyof NominationContentValues): string {
  if (field === "links") return values.links.map((link) => link.url).filter(Boolean).join("\n");
  if (field === "isOngoing") return values.isOngoing ? "Yes" : "No";
  return values[field];
}

/**
 * The fields to offer back: where the user's text differs from the other version and, given the version they
 * started from, where they changed it themselves (a field only the other side changed is already in the form).
 */
export function listFieldsToOffer(mine: NominationContentValues, other: NominationContentValues, base?: NominationContentValues) {
  return (Object.keys(FIELD_LABELS) as (keyof NominationContentValues)[]).filter(
    (f) => toText(mine, f) !== toText(other, f) && (!base || toText(mine, f) !== toText(base, f)),
  );
}

/** The user's own text where it differs from another version, read-only, so nothing has to be retyped. */
export function UnsavedText({ mine, other, base }: { mine: NominationContentValues; other: NominationContentValues; base?: NominationContentValues }) {
  const fields = listFieldsToOffer(mine, other, base);
  if (fields.length === 0) return <p className="text-sm">Your changes are already in the saved version: nothing to copy.</p>;
  return (
    <div className="space-y-3">
      {fields.map((field) => (
        <div key={field} className="space-y-1">
          <label htmlFor={`mine-${field}`} className="block text-sm font-semibold text-slate-800">
            Your text: {FIELD_LABELS[field]}
          </label>
          <textarea
            id={`mine-${field}`}
            readOnly
            rows={Math.min(8, Math.max(2, toText(mine, field).split("\n").length + 1))}
            value={toText(mine, field)}
            className="block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-900"
          />
        </div>
      ))}
    </div>
  );
}
