import { useTranslations } from "next-intl";
import Link from "next/link";
import { INPUT_CLASS } from "@/components/ui/field";
import type { MatrixQuery } from "@/lib/validation/assignment-matrix-query";

/** The matrix's dossier filters: a plain GET form, so they live in the URL (a new filter starts at page 1). */
export function MatrixFilterForm({ path, query }: { path: string; query: MatrixQuery }) {
  const t = useTranslations("juryAdmin.filter");
  return (
    <form method="get" action={path} role="search" aria-label={t("label")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 sm:items-end">
      <div className="sm:col-span-2">
        <label htmlFor="matrix-q" className="block text-sm font-semibold text-slate-800">
          {t("search")}
        </label>
        <input id="matrix-q" name="q" type="search" defaultValue={query.search} className={INPUT_CLASS} />
      </div>
      <label className="flex items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="unassigned" value="1" defaultChecked={query.isUnassignedOnly} />
        {t("unassigned")}
      </label>
      {/* The juror page is kept: filtering dossiers does not move the columns. */}
      {query.jurorPage > 1 && <input type="hidden" name="jurorPage" value={query.jurorPage} />}
      <div className="flex gap-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900">
          {t("submit")}
        </button>
        <Link href={path} className="self-center text-sm font-medium text-brand-700 hover:underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
