import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
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

export const metadata: Metadata = { title: "Erase personal data · Secretariat" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ErasurePage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/admin/audit/erasure");
  if (!authorizeGlobal(user, "person.erase").ok) forbidden();
  const params = await searchParams;
  const raw = params.query;
  const isJustErased = params.erased === "1";
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 320) ?? "";
  const person = query ? await findPersonForErasure({ db: getDb(), viewer: user, query }) : null;

  return (
    <div className="space-y-6">
      <PageHeader
        title="Erase a person's personal data"
        description="On a person's request: their name, email and contact details go; their scores stay, anonymised, and a sealed result still verifies."
      >
        <Link href="/admin/audit" className="text-sm font-medium text-brand-700 hover:underline">
          Back to the audit trail
        </Link>
      </PageHeader>
      <form method="get" action="/admin/audit/erasure" role="search" aria-label="Find a person" className="flex flex-wrap items-end gap-3">
        <div className="space-y-1">
          <label htmlFor="erasure-query" className="block text-sm font-semibold text-slate-800">
            Email or #id
          </label>
          <input id="erasure-query" name="query" type="text" defaultValue={query} className={`${INPUT_CLASS} w-72`} />
        </div>
        <Button type="submit">Find</Button>
      </form>
      {query && !person && <EmptyState title="Nobody has this email or id">Check the address, or search by the id shown in the audit trail.</EmptyState>}
      {person && (
        <section aria-labelledby="erasure-person" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="erasure-person" className="text-lg font-semibold text-slate-900">
            {person.name} <span className="text-sm font-normal text-slate-600">#{person.id}</span>
          </h2>
          <p className="text-sm text-slate-700">
            {person.email} · {person.isActive ? "active account" : "disabled account"}
          </p>
          {person.erasedAt ? (
            <Notice tone={isJustErased ? "success" : "info"}>
              {isJustErased ? "Erased. " : ""}The personal data of this person was erased on {formatAuditTime(person.erasedAt)}; they appear as “{person.name}”.
            </Notice>
          ) : person.id === user.id ? (
            <Notice tone="error">This is your own account: another member of the secretariat must erase it.</Notice>
          ) : (
            <>
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
                <li>The name becomes “Erased person #{person.id}”, the email an address that receives nothing; the password and every link are removed and the account is disabled.</li>
                <li>Messages addressed to them lose their text; dossiers naming them as the contact person lose the contact details.</li>
                <li>Roles, score sheets and the audit trail stay, under the anonymous name: the ranking and a sealed result do not change.</li>
              </ul>
              <ErasePersonForm userId={person.id} action={erasePersonAction} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
