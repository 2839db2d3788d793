import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DossierHistory } from "@/components/admin/dossier-history";
import { EligibilityDecision } from "@/components/admin/eligibility-decision";
import { ReopenNominationButton } from "@/components/admin/reopen-nomination-button";
import { STATE_TONES } from "@/components/admin/state-labels";
import { AnnexViewer } from "@/components/dossier/annex-viewer";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { DossierView } from "@/components/dossier/dossier-view";
import { PrintButton } from "@/components/dossier/print-button";
import { Card } from "@/components/ui/card";
import { can } from "@/lib/access/policy";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { listAnnexes } from "@/lib/nominations/annex-queries";
import { getFullDossier, listDossierCoordinators, listDossierHistory } from "@/lib/nominations/full-dossier-queries";
import { toAccessResource } from "@/lib/nominations/submission-window";
import { HISTORY_EVENTS, type HistoryWords } from "@/lib/domain/dossier-history";
import { ELIGIBILITY_REASONS } from "@/lib/validation/eligibility";
import { formatCountryName } from "@/lib/format/country-name";
import type { Locale } from "@/lib/i18n/locales";
import { decideEligibilityAction, reopenNominationAction } from "../../actions";

type Params = Promise<{ year: string; id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nominationsAdmin.detail");
  return { title: t("metaTitle") };
}

/** The secretariat's reading desk: one dossier of an edition in full, its annexes, its history, and the decision on it. */
export default async function AdminDossierPage({ params }: { params: Params }) {
  const { year: yearParam, id } = await params;
  const path = `/admin/editions/${encodeURIComponent(yearParam)}/nominations/${encodeURIComponent(id)}`;
  const { user, db, edition } = await requireAdminEditionPage(yearParam, path, "nomination.read-full");
  const dossier = await getFullDossier({ db, viewer: user, edition, id });
  if (!dossier) notFound();
  const [t, labels, locale] = await Promise.all([getTranslations("nominationsAdmin"), getTranslations("nomination"), getLocale() as Promise<Locale>]);
  const historyWords: HistoryWords = {
    events: Object.fromEntries(HISTORY_EVENTS.map((event) => [event, t(`history.events.${event}`)])) as HistoryWords["events"],
    asAdditional: t("history.asAdditional"),
    asCompeting: t("history.asCompeting"),
    reference: (reference) => t("history.reference", { reference }),
    reasons: Object.fromEntries(ELIGIBILITY_REASONS.map((reason) => [reason, t(`reason.${reason}`)])),
  };
  const [coordinators, history, annexes] = await Promise.all([
    listDossierCoordinators({ db, viewer: user, edition, countryCode: dossier.countryCode }),
    listDossierHistory({ db, viewer: user, edition, nominationId: dossier.id, words: historyWords }),
    listAnnexes({ db, user, nominationId: dossier.id }),
  ]);
  const resource = toAccessResource(dossier, dossier);
  const canDecide = can(user, "nomination.decide-eligibility", resource);
  const canReopen = can(user, "nomination.reopen", resource);
  const countryName = formatCountryName(dossier.countryCode, dossier.countryName, locale);
  const listHref = `/admin/editions/${edition.year}/nominations`;

  return (
    <article className="space-y-6 print:space-y-4">
      <p className="no-print text-sm">
        <Link href={listHref} className="font-medium text-brand-700 hover:underline">
          ← {t("detail.back", { year: edition.year })}
        </Link>
      </p>
      <header className="flex flex-wrap items-end justify-between gap-4 border-b border-slate-300 pb-4">
        <div className="space-y-1">
          <p className="text-sm text-slate-600">
            {edition.year} · {edition.theme}
          </p>
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{dossier.title}</h1>
          <p className="text-sm text-slate-700">
            {countryName} · {labels(`kind.${dossier.kind}`)}
            {dossier.reference ? ` · ${t("detail.reference", { reference: dossier.reference })}` : ""}
          </p>
        </div>
        <div className="flex items-center gap-3">
          <span className={`inline-block rounded-full px-3 py-1 text-sm font-semibold ${STATE_TONES[dossier.state]}`}>
            {labels(`state.${dossier.state}`)}
          </span>
          <PrintButton />
        </div>
      </header>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)] print:block">
        <div className="space-y-6">
          <Card className="print:border-0 print:p-0 print:shadow-none">
            <h2 className="mb-4 text-xl font-bold text-slate-900">{t("detail.dossier")}</h2>
            <DossierView dossier={{ ...dossier, contact: { name: dossier.contactName, email: dossier.contactEmail, phone: dossier.contactPhone } }} />
          </Card>
          <Card className="print:border-0 print:p-0 print:shadow-none">
            <AnnexViewer annexes={annexes ?? []} timeZone={edition.timeZone} headingLevel={2} />
          </Card>
        </div>

        <aside className="space-y-6 print:mt-6" aria-label={t("detail.about")}>
          {(canDecide || canReopen) && (
            <Card className="print:hidden">
              <h2 className="mb-3 text-xl font-bold text-slate-900">{canDecide ? t("detail.eligibility") : t("detail.reopen")}</h2>
              {canDecide && (dossier.state === "submitted" || dossier.state === "accepted" || dossier.state === "rejected") && (
                <EligibilityDecision
                  key={`${dossier.id}-${dossier.version}`}
                  nominationId={dossier.id}
                  title={dossier.title}
                  state={dossier.state}
                  version={dossier.version}
                  action={decideEligibilityAction}
                />
              )}
              {canReopen && <ReopenNominationButton nominationId={dossier.id} title={dossier.title} action={reopenNominationAction} />}
            </Card>
          )}
          <Card className="print:border-0 print:p-0 print:shadow-none">
            <h2 className="mb-3 text-xl font-bold text-slate-900">{t("detail.record")}</h2>
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="font-semibold text-slate-700">{t("detail.country")}</dt>
              <dd>
                {countryName} ({dossier.countryCode})
              </dd>
              <dt className="font-semibold text-slate-700">{t("detail.coordinators")}</dt>
              <dd>
                {coordinators.length === 0 ? (
                  <span className="text-slate-500">{t("detail.noCoordinators")}</span>
                ) : (
                  <ul className="space-y-1">
                    {coordinators.map((coordinator) => (
                      <li key={coordinator.id} className="break-all">
                        {coordinator.name} · <a href={`mailto:${coordinator.email}`} className="text-brand-700 underline">{coordinator.email}</a>
                        {!coordinator.isActive && <span className="text-slate-500"> {t("detail.disabled")}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
              <dt className="font-semibold text-slate-700">{t("detail.submitted")}</dt>
              <dd>{dossier.submittedAt ? formatEditionMoment(dossier.submittedAt, edition.timeZone, { locale }) : t("detail.notSubmitted")}</dd>
              <dt className="font-semibold text-slate-700">{t("detail.lastSaved")}</dt>
              <dd>
                {formatEditionMoment(dossier.updatedAt, edition.timeZone, { locale })}
                {dossier.updatedByName ? ` ${t("table.by", { name: dossier.updatedByName })}` : ""}
              </dd>
              {dossier.state === "rejected" && dossier.eligibilityReason && (
                <>
                  <dt className="font-semibold text-slate-700">{t("detail.rejectedFor")}</dt>
                  <dd>
                    {t(`reason.${dossier.eligibilityReason}`)}
                    {dossier.eligibilityNote ? `: ${dossier.eligibilityNote}` : ""}
                  </dd>
                </>
              )}
            </dl>
          </Card>
          <Card className="print:border-0 print:p-0 print:shadow-none">
            <h2 className="mb-3 text-xl font-bold text-slate-900">{t("detail.history")}</h2>
            <DossierHistory steps={history} timeZone={edition.timeZone} />
          </Card>
        </aside>
      </div>
    </article>
  );
}
