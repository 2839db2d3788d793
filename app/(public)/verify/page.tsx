import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifySnapshot } from "@/components/public/verify-snapshot";
import { PageHeader } from "@/components/ui/page-header";
import { parseYearParam } from "@/lib/validation/year";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verify");
  return { title: t("title"), description: t("metaDescription") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Anyone checks the public part of a sealed result here; `?year=2026` fetches the one published for that year. */
export default async function VerifyPage({ searchParams }: { searchParams: SearchParams }) {
  const { year: yearParam } = await searchParams;
  const year = typeof yearParam === "string" ? (parseYearParam(yearParam) ?? null) : null;
  const t = await getTranslations("verify");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <VerifySnapshot year={year} />
      <section aria-labelledby="how-heading" className="max-w-3xl space-y-2 text-sm text-slate-700">
        <h2 id="how-heading" className="text-lg font-semibold text-slate-900">
          {t("howHeading")}
        </h2>
        <p>{t.rich("how1", { code: (chunks) => <code className="font-mono">{chunks}</code> })}</p>
        <p>{t("how2")}</p>
      </section>
    </div>
  );
}
