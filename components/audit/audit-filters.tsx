import Link from "next/link";
import { Button } from "@/components/ui/button";
import { INPUT_CLASS } from "@/components/ui/field";
import { ACTION_WORDS } from "@/lib/domain/audit-description";
import type { AuditFilter } from "@/lib/validation/audit-filter";

const FIELDS = [
  { name: "year", label: "Edition (year)", type: "text", inputMode: "numeric", placeholder: "2026" },
  { name: "person", label: "Person (email or #id)", type: "text", placeholder: "#12" },
  { name: "action", label: "Action", type: "text", placeholder: "sheet.submit", list: "audit-actions" },
  { name: "entityType", label: "Record type", type: "text", placeholder: "score_sheet" },
  { name: "entityId", label: "Record id", type: "text", placeholder: "42" },
  { name: "from", label: "From (day)", type: "date" },
  { name: "to", label: "To (day, included)", type: "date" },
] as const;

/** The audit viewer's filters as a plain GET form, so every filtered view is a link that can be shared. */
export function AuditFilters({ filter }: { filter: AuditFilter }) {
  const isFiltered = Object.entries(filter).some(([key, value]) => key !== "before" && value !== undefined);
  return (
    <form method="get" action="/admin/audit" role="search" aria-label="Filter the audit trail" className="flex flex-wrap items-end gap-3">
      {FIELDS.map((field) => (
        <div key={field.name} className="space-y-1">
          <label htmlFor={`audit-${field.name}`} className="block text-sm font-semibold text-slate-800">
            {field.label}
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
      <Button type="submit">Apply filters</Button>
      {isFiltered && (
        <Link href="/admin/audit" className="py-2 text-sm font-medium text-brand-700 hover:underline">
          Clear filters
        </Link>
      )}
    </form>
  );
}
