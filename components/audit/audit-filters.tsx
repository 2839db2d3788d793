import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";
import { ACTION_WORDS } from "@/lib/domain/audit-description";
import type { AuditFilter } from "@/lib/validation/audit-filter";

const FIELDS = [
  { name: "year", type: "text", inputMode: "numeric", placeholder: "2026" },
  { name: "person", type: "text", placeholder: "#12" },
  { name: "action", type: "text", placeholder: "sheet.submit", list: "audit-actions" },
  { name: "entityType", type: "text", placeholder: "score_sheet" },
  { name: "entityId", type: "text", placeholder: "42" },
  { name: "from", type: "date" },
  { name: "to", type: "date" },
] as const;

/** The audit viewer's filters as a plain GET form, so every filtered view is a link that can be shared. */
export async function AuditFilters({ filter }: { filter: AuditFilter }) {
  const t = await getTranslations("auditAdmin.filters");
  const isFiltered = Object.entries(filter).some(([key, value]) => key !== "before" && value !== undefined);
  return (
    <form method="get" action="/admin/audit" role="search" aria-label={t("label")} className="flex flex-wrap items-end gap-3">
      {FIELDS.map((field) => (
        <div key={field.name} className="space-y-1">
          <label htmlFor={`audit-${field.name}`} className="block text-sm font-semibold text-slate-800">
            {t(field.name)}
          </label>
          <input
            id={`audit-${field.name}`}
            name={field.name}
            type={field.type}
            defaultValue={filter[field.name] === undefined ? "" : String(filter[field.name])}
            placeholder={"placeholder" in field ? field.placeholder : undefined}
            inputMode={"inputMode" in field ? field.inputMode : undefined}
            list={"list" in field ? field.list : undefined}
            className={`${INPUT_CLASS} w-40`}
          />
        </div>
      ))}
      <datalist id="audit-actions">
        {Object.entries(ACTION_WORDS).map(([action, words]) => (
          <option key={action} value={action}>
            {words}
          </option>
        ))}
      </datalist>
      <Button type="submit">{t("apply")}</Button>
      {isFiltered && (
        <Link href="/admin/audit" className="py-2 text-sm font-medium text-brand-700 hover:underline">
          {t("clear")}
        </Link>
      )}
    </form>
  );
}
