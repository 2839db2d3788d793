import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/admin/import-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { authorizeGlobal } from "@/lib/access/policy";
import { requirePageUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("importAdmin"))("metaTitle") };
}

/** Brings in an edition exported from another Palmarès (its edition page's "Export the whole edition"). */
export default async function ImportEditionPage() {
  const user = await requirePageUser("/admin/import");
  if (!authorizeGlobal(user, "edition.import").ok) forbidden();
  const t = await getTranslations("importAdmin");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")}>
        <Link href="/admin" className="text-sm font-medium text-brand-700 hover:underline">
          {t("secretariat")}
        </Link>
      </PageHeader>
      <Card>
        <div className="mb-4 space-y-2 text-sm text-slate-700">
          <p>{t("checks")}</p>
          <p>{t("people")}</p>
        </div>
        <ImportForm />
      </Card>
    </div>
  );
}
