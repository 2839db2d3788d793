import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { NewNominationForm } from "@/components/coordinator/new-nomination-form";
import { isCoordinator } from "@/components/coordinator/not-a-coordinator";
import { SubmissionDeadline } from "@/components/coordinator/submission-deadline";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can } from "@/lib/access/policy";
import { requirePageUser } from "@/lib/auth/session";
import { MAX_YEAR, MIN_YEAR } from "@/lib/domain/phases";
import { formatCountryName } from "@/lib/format/country-name";
import { listNominatingCountries } from "@/lib/nominations/queries";
import { getEditionWindowByYear, toAccessResource } from "@/lib/nominations/submission-window";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("coordinator"))("newTitle") };
}

export default async function NewNominationPage({ searchParams }: { searchParams: Promise<{ edition?: string }> }) {
  const { edition: editionParam } = await searchParams;
  const user = await requirePageUser(`/coordinator/nominations/new?edition=${encodeURIComponent(editionParam ?? "")}`);
  if (!isCoordinator(user)) forbidden();
  const year = Number(editionParam);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) notFound();
  const db = getDb();
  const edition = await getEditionWindowByYear({ db, year });
  if (!edition || edition.phase === "draft") notFound();
  const countries = await listNominatingCountries({ db, user, editionId: edition.editionId });
  if (countries.length === 0) notFound();
  const [t, locale] = await Promise.all([getTranslations("coordinator"), getLocale()]);
  const isOpen = can(user, "nomination.create", toAccessResource(edition)) && edition.isAcceptingSubmissions;

  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-2 text-sm">
        <Link href="/coordinator" className="font-medium text-brand-700 hover:underline">
          {t("backToList")}
        </Link>
      </p>
      <PageHeader title={t("newTitle")} description={`${edition.year}: ${edition.theme}`} />
      <div className="mb-4">
        <SubmissionDeadline {...edition} />
      </div>
      {isOpen ? (
        <Card>
          <p className="mb-5 text-sm text-slate-600">{t("newIntro")}</p>
          <NewNominationForm
            year={edition.year}
            countries={countries.map((country) => ({ ...country, name: formatCountryName(country.code, country.name, locale) }))}
            limits={{ descriptionWordLimit: edition.descriptionWordLimit, answerWordLimit: edition.answerWordLimit }}
          />
        </Card>
      ) : (
        <Notice tone="error">{t("newClosed", { year: edition.year })}</Notice>
      )}
    </div>
  );
}
