import type { NominationContentValues } from "@/lib/validation/nomination";
import { FIELD_LABELS } from "./field-labels";
import { listFieldsToOffer, toFieldText } from "./form-problems";

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
            rows={Math.min(8, Math.max(2, toFieldText(mine, field).split("\n").length + 1))}
            value={toFieldText(mine, field)}
            className="block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-900"
          />
        </div>
      ))}
    </div>
  );
}
