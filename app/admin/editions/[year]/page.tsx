import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { AwardsList } from "@/components/admin/awards-list";
import { NominationsTable } from "@/components/admin/nominations-table";
import { PhasePanel } from "@/components/admin/phase-panel";
import { EditionTimeline } from "@/components/editions/edition-timeline";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { listPhaseBlockers } from "@/lib/domain/phase-blockers";
import { getPhaseReadiness } from "@/lib/editions/phase-readiness";
import { getDatabaseNow } from "@/lib/editions/queries";
import { getEditionSettings } from "@/lib/editions/settings-queries";
import { listAdminNominationsPage } from "@/lib/nominations/admin-queries";
import { listAwards } from "@/lib/results/awards";
import { isPhaseReached } from "@/lib/domain/phases";
import { formatCountryName } from "@/lib/format/country-name";
import type { Locale } from "@/lib/i18n/locales";
import { advancePhaseAction, decideEligibilityAction, reopenNominationAction } from "./actions";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  const t = await getTranslations("editionsAdmin");
  return { title: t("overview.metaTitle", { year }) };
}

export default async function AdminEditionPage({ params }: { params: Params }) {
  const { year: yearParam } = await params;
  const page = await requireAdminEditionPage(yearParam, `/admin/editions/${encodeURIComponent(yearParam)}`);
  const { user, db, edition } = page;

  // One page of the list, however many entries the edition holds; the nominations page pages through the rest.
  const [{ rows: nominations, next, matching }, context, awards, settings, now] = await Promise.all([
    listAdminNominationsPage({ db, viewer: user, edition, query: { sort: "country" } }),
    getPhaseReadiness({ db, editionId: edition.id }),
    listAwards({ db, editionId: edition.id }),
    getEditionSettings({ db, editionId: edition.id }),
    getDatabaseNow({ db }),
  ]);
  const [t, locale] = await Promise.all([getTranslations("editionsAdmin"), getLocale() as Promise<Locale>]);
  const isEligibility = edition.phase === "eligibility";
  const hasRanking = isPhaseReached(edition.phase, "jury_scoring");

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("overview.title", { year: edition.year })}
        description={t("overview.description", { theme: edition.theme, country: formatCountryName(edition.presidencyCountryCode, edition.presidencyCountryName, locale) })}
      >
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href="/admin" className="font-medium text-brand-700 hover:underline">
            {t("overview.links.all")}
          </Link>
          <Link href={`/admin/editions/${edition.year}/nominations`} className="font-medium text-brand-700 hover:underline">
            {t("overview.links.nominations")}
          </Link>
          <Link href={`/admin/editions/${edition.year}/settings`} className="font-medium text-brand-700 hover:underline">
            {t("overview.links.settings")}
          </Link>
          <Link href={`/admin/editions/${edition.year}/rubric`} className="font-medium text-brand-700 hover:underline">{t("overview.links.rubric")}</Link>
          <Link href={`/admin/editions/${edition.year}/jury`} className="font-medium text-brand-700 hover:underline">{t("overview.links.jury")}</Link>
          <Link href={`/admin/editions/${edition.year}/assignments`} className="font-medium text-brand-700 hover:underline">
            {t("overview.links.assignments")}
          </Link>
          <Link href={`/admin/editions/${edition.year}/conflicts`} className="font-medium text-brand-700 hover:underline">
            {t("overview.links.conflicts")}
          </Link>
          <Link href={`/admin/editions/${edition.year}/messages`} className="font-medium text-brand-700 hover:underline">
            {t("overview.links.messages")}
          </Link>
          {hasRanking && (
            <Link href={`/admin/editions/${edition.year}/progress`} className="font-medium text-brand-700 hover:underline">
              {t("overview.links.progress")}
            </Link>
          )}
          {hasRanking && (
            <Link href={`/admin/editions/${edition.year}/ranking`} className="font-medium text-brand-700 hover:underline">
              {t("overview.links.ranking")}
            </Link>
          )}
          {isPhaseReached(edition.phase, "deliberation") && (
            <Link href={`/admin/editions/${edition.year}/result`} className="font-medium text-brand-700 hover:underline">
              {t("overview.links.result")}
            </Link>
          )}
          {/* A download from a route handler, not a page: a plain link, so the browser saves the zip. */}
          <a href={`/admin/editions/${edition.year}/export/edition.zip`} download className="font-medium text-brand-700 hover:underline">
            {t("overview.links.export")}
          </a>
          {isPhaseReached(edition.phase, "deliberation") && (
            <Link href={`/admin/editions/${edition.year}/ceremony`} className="font-medium text-brand-700 hover:underline">
              {t("overview.links.ceremony")}
            </Link>
          )}
        </div>
      </PageHeader>

      <PhasePanel
        edition={edition}
        context={context}
        advance={advancePhaseAction}
        blockers={listPhaseBlockers(edition.phase, context)}
      />

      <EditionTimeline edition={settings!} now={now} />

      <section aria-labelledby="nominations-heading" className="space-y-3">
        <h2 id="nominations-heading" className="text-lg font-semibold">
          {t("overview.nominationsHeading", { count: matching })}
        </h2>
        {isEligibility && context.undecidedNominationCount > 0 && (
          <Notice>
            {t("overview.undecided", { count: context.undecidedNominationCount })}
          </Notice>
        )}
        {nominations.length === 0 ? (
          isPhaseReached(edition.phase, "eligibility") ? (
            <EmptyState title={t("overview.emptyClosed", { year: edition.year })} />
          ) : (
            <EmptyState title={t("overview.emptyTitle")}>{t("overview.emptyBody")}</EmptyState>
          )
        ) : (
          <NominationsTable
            nominations={nominations}
            decide={isEligibility ? decideEligibilityAction : undefined}
            reopen={edition.phase === "nominations_open" ? reopenNominationAction : undefined}
            getDossierHref={(id) => `/admin/editions/${edition.year}/nominations/${id}`}
            timeZone={edition.timeZone}
          />
        )}
        {next && (
          <p className="text-sm text-slate-700">
            {t("overview.showingFirst", { shown: nominations.length, matching })}{" "}
            <Link href={`/admin/editions/${edition.year}/nominations`} className="font-medium text-brand-700 hover:underline">
              {t("overview.everyNomination")}
            </Link>
          </p>
        )}
      </section>

      {awards.length > 0 && (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">{t("overview.awards")}</h2>
          <AwardsList awards={awards} />
        </Card>
      )}
    </div>
  );
}
