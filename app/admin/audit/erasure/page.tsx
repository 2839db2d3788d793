import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ErasePersonForm } from "@/components/audit/erase-person-form";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { INPUT_CLASS } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { authorizeGlobal } from "@/lib/access/policy";
import { formatAuditTime } from "@/lib/audit/format";
import { requirePageUser } from "@/lib/auth/session";
import { findPersonForErasure } from "@/lib/people/erase";
import { erasePersonAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auditAdmin.erasure"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ErasurePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/admin/audit/erasure");
  if (!authorizeGlobal(user, "person.erase").ok) forbidden();
  const params = await searchParams;
  const raw = params.query;
  const isJustErased = params.erased === "1";
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 320) ?? "";
  const person = query ? await findPersonForErasure({ db: getDb(), viewer: user, query }) : null;
  const [t, locale] = await Promise.all([getTranslations("auditAdmin.erasure"), getLocale()]);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")}>
        <Link href="/admin/audit" className="text-sm font-medium text-brand-700 hover:underline">
          {t("back")}
        </Link>
      </PageHeader>
      <form method="get" action="/admin/audit/erasure" role="search" aria-label={t("findLabel")} className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="erasure-query" className="block text-sm font-semibold text-slate-800">
            {t("query")}
          </label>
          <input id="erasure-query" name="query" type="text" defaultValue={query} className={`${INPUT_CLASS} w-72`} />
        </div>
        <Button type="submit">{t("find")}</Button>
      </form>
      {query && !person && <EmptyState title={t("nobody")}>{t("nobodyHint")}</EmptyState>}
      {person && (
        <section aria-labelledby="erasure-person" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="erasure-person" className="text-lg font-semibold text-slate-900">
            {person.name} <span className="text-sm font-normal text-slate-600">#{person.id}</span>
          </h2>
          <p className="text-sm text-slate-700">
            {person.email} · {person.isActive ? t("active") : t("disabled")}
          </p>
          {person.erasedAt ? (
            <Notice tone={isJustErased ? "success" : "info"}>
              {isJustErased ? t("justErased") : ""}
              {t("erasedOn", { date: formatAuditTime(person.erasedAt, locale), name: person.name })}
            </Notice>
          ) : person.id === user.id ? (
            <Notice tone="error">{t("ownAccount")}</Notice>
          ) : (
            <>
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
                <li>{t("effectName", { id: person.id })}</li>
                <li>{t("effectMessages")}</li>
                <li>{t("effectKept")}</li>
              </ul>
              <ErasePersonForm userId={person.id} action={erasePersonAction} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
