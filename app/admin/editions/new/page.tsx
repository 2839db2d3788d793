import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { EditionSettingsForm } from "@/components/editions/edition-settings-form";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { authorizeGlobal } from "@/lib/access/policy";
import { requirePageUser } from "@/lib/auth/session";
import { listEditions } from "@/lib/editions/queries";
import { getNewEditionFormValues } from "@/lib/editions/settings-form-values";
import { listPresidencyCountries } from "@/lib/editions/settings-queries";
import { createEditionAction } from "./actions";

export const metadata: Metadata = { title: "New edition · Secretariat" };

export default async function NewEditionPage() {
  const user = await requirePageUser("/admin/editions/new");
  if (!authorizeGlobal(user, "edition.create").ok) forbidden();
  const db = getDb();
  const [editions, countries] = await Promise.all([listEditions({ db }), listPresidencyCountries({ db })]);
  const nextYear = (editions[0]?.year ?? new Date().getUTCFullYear()) + 1;
  return (
    <div className="space-y-6">
      <PageHeader title="New edition" description="An edition starts as a draft: set it up, add its rubric, then open nominations.">
        <Link href="/admin" className="text-sm font-medium text-brand-700 hover:underline">
          All editions
        </Link>
      </PageHeader>
      {editions[0] && (
        <Notice>
          To start from last year&apos;s settings, rubric and prizes, open{" "}
          <Link className="font-medium underline" href={`/admin/editions/${editions[0].year}/settings`}>
            edition {editions[0].year}&apos;s settings
          </Link>{" "}
          and copy it to the next year.
        </Notice>
      )}
      <EditionSettingsForm mode="create" initial={getNewEditionFormValues(nextYear)} countries={countries} criterionTitles={[]} onSave={createEditionAction} />
    </div>
  );
}
