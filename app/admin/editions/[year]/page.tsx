import type { Metadata } from "next";
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
import { advancePhaseAction, decideEligibilityAction, reopenNominationAction } from "./actions";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  return { title: `Edition ${year} · Secretariat` };
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
  const isEligibility = edition.phase === "eligibility";
  const hasRanking = isPhaseReached(edition.phase, "jury_scoring");

  return (
    <div className="space-y-8">
      <PageHeader title={`Edition ${edition.year}`} description={`${edition.theme} · Presidency: ${edition.presidencyCountryName}`}>
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href="/admin" className="font-medium text-brand-700 hover:underline">
            All editions
          </Link>
          <Link href={`/admin/editions/${edition.year}/nominations`} className="font-medium text-brand-700 hover:underline">
            Nominations: filters and who has not submitted
          </Link>
          <Link href={`/admin/editions/${edition.year}/settings`} className="font-medium text-brand-700 hover:underline">
            Settings, copy to next year
          </Link>
          <Link href={`/admin/editions/${edition.year}/rubric`} className="font-medium text-brand-700 hover:underline">Rubric</Link>
          <Link href={`/admin/editions/${edition.year}/jury`} className="font-medium text-brand-700 hover:underline">Jury</Link>
          <Link href={`/admin/editions/${edition.year}/assignments`} className="font-medium text-brand-700 hover:underline">
            Assignments
          </Link>
          <Link href={`/admin/editions/${edition.year}/conflicts`} className="font-medium text-brand-700 hover:underline">
            Conflicts of interest
          </Link>
          <Link href={`/admin/editions/${edition.year}/messages`} className="font-medium text-brand-700 hover:underline">
            Messages
          </Link>
          {hasRanking && (
            <Link href={`/admin/editions/${edition.year}/progress`} className="font-medium text-brand-700 hover:underline">
              Jury progress
            </Link>
          )}
          {hasRanking && (
            <Link href={`/admin/editions/${edition.year}/ranking`} className="font-medium text-brand-700 hover:underline">
              Ranking and awards
            </Link>
          )}
          {isPhaseReached(edition.phase, "deliberation") && (
            <Link href={`/admin/editions/${edition.year}/result`} className="font-medium text-brand-700 hover:underline">
              Sealed result and certificates
            </Link>
          )}
          {/* A download from a route handler, not a page: a plain link, so the browser saves the zip. */}
          <a href={`/admin/editions/${edition.year}/export/edition.zip`} download className="font-medium text-brand-700 hover:underline">
            Export the whole edition (zip)
          </a>
          {isPhaseReached(edition.phase, "deliberation") && (
            <Link href={`/admin/editions/${edition.year}/ceremony`} className="font-medium text-brand-700 hover:underline">
              Ceremony and publication
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
          Nominations ({matching})
        </h2>
        {isEligibility && context.undecidedNominationCount > 0 && (
          <Notice>
            {context.undecidedNominationCount} submitted competing{" "}
            {context.undecidedNominationCount === 1 ? "nomination is" : "nominations are"} waiting for an eligibility decision.
          </Notice>
        )}
        {nominations.length === 0 ? (
          isPhaseReached(edition.phase, "eligibility") ? (
            <EmptyState title={`Nominations for ${edition.year} closed with no dossier from any country`} />
          ) : (
            <EmptyState title="No nominations yet">Coordinators&apos; dossiers appear here as soon as they start one.</EmptyState>
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
            Showing the first {nominations.length} of {matching}.{" "}
            <Link href={`/admin/editions/${edition.year}/nominations`} className="font-medium text-brand-700 hover:underline">
              Every nomination, with filters and pages
            </Link>
          </p>
        )}
      </section>

      {awards.length > 0 && (
        <Card>
          <h2 className="mb-3 text-lg font-semibold">Awards</h2>
          <AwardsList awards={awards} />
        </Card>
      )}
    </div>
  );
}
