import { useTranslations } from "next-intl";
import type { NominationContentValues } from "@/lib/validation/nomination";
import { listFieldsToOffer, toFieldText } from "./form-problems";

/** The user's own text where it differs from another version, read-only, so nothing has to be retyped. */
export function UnsavedText({ mine, other, base }: { mine: NominationContentValues; other: NominationContentValues; base?: NominationContentValues }) {
  const t = useTranslations("dossierForm");
  const fields = listFieldsToOffer(mine, other, base);
  if (fields.length === 0) return <p className="text-sm">{t("recovery.nothingToCopy")}</p>;
  // The yes/no of "still running" in the page's language; every other field is the user's own text.
  const show = (field: (typeof fields)[number]) =>
    field === "isOngoing" ? t(mine.isOngoing ? "inputs.yes" : "inputs.no") : toFieldText(mine, field);
  return (
    <div className="space-y-3">
      {fields.map((field) => (
        <div key={field} className="space-y-1">
          <label htmlFor={`mine-${field}`} className="block text-sm font-semibold text-slate-800">
            {t("recovery.yourText", { field: t(`fields.${field}`) })}
          </label>
          <textarea
            id={`mine-${field}`}
            readOnly
            rows={Math.min(8, Math.max(2, show(field).split("\n").length + 1))}
            value={show(field)}
            className="block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-900"
          />
        </div>
      ))}
    </div>
  );
}
