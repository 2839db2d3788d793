import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editionsAdmin.newEdition");
  return { title: t("metaTitle") };
}

export default async function NewEditionPage() {
  const user = await requirePageUser("/admin/editions/new");
  if (!authorizeGlobal(user, "edition.create").ok) forbidden();
  const t = await getTranslations("editionsAdmin.newEdition");
  const db = getDb();
  const [editions, countries] = await Promise.all([listEditions({ db }), listPresidencyCountries({ db })]);
  const nextYear = (editions[0]?.year ?? new Date().getUTCFullYear()) + 1;
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")}>
        <Link href="/admin" className="text-sm font-medium text-brand-700 hover:underline">
          {t("all")}
        </Link>
      </PageHeader>
      {editions[0] && (
        <Notice>
          {t.rich("copyHint", {
            year: editions[0].year,
            link: (chunks) => (
              <Link className="font-medium underline" href={`/admin/editions/${editions[0]!.year}/settings`}>
                {chunks}
              </Link>
            ),
          })}
        </Notice>
      )}
      <EditionSettingsForm mode="create" initial={getNewEditionFormValues(nextYear)} countries={countries} criterionTitles={[]} onSave={createEditionAction} />
    </div>
  );
}
