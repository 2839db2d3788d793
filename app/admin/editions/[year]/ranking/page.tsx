import type { Metadata } from "next";
import Link from "next/link";
import { AdvancePhaseButton } from "@/components/admin/advance-phase-button";
import { AwardsForm, type AwardCandidate } from "@/components/admin/awards-form";
import { AwardsList } from "@/components/admin/awards-list";
import { formatScore } from "@/components/admin/format";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { DeliberationView } from "@/components/deliberation/deliberation-view";
import { RankingStatus } from "@/components/deliberation/ranking-status";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { authorize, can } from "@/lib/access/policy";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { getPhaseContext } from "@/lib/editions/queries";
import { isLiveShowRunning } from "@/lib/ceremony/queries";
import { listAwards } from "@/lib/results/awards";
import { listPrizes } from "@/lib/editions/queries";
import { getJuryStatement } from "@/lib/results/jury-statement";
import { getDeliberationPage, type RankingPageContent } from "@/lib/results/deliberation-page";
import { isResultFrozen } from "@/lib/results/ranking";
import { parseRankingPageQuery } from "@/lib/validation/ranking-page-query";
import { listTieDecisions } from "@/lib/results/tie-decisions";
import { canAdvance } from "@/lib/domain/phases";
import { formatCountryName } from "@/lib/format/country-name";
import type { Locale } from "@/lib/i18n/locales";
import { getRequestServerTextCatalogue } from "@/lib/i18n/server-text-catalogue";
import { translateText } from "@/lib/i18n/server-text";
import { getLocale, getTranslations } from "next-intl/server";
import { advancePhaseAction } from "../actions";
import { recordTieDecisionAction, saveAwardsAction, saveJuryStatementAction } from "./actions";

type Params = Promise<{ year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  const t = await getTranslations("editionsAdmin.ranking");
  return { title: t("metaTitle", { year }) };
}

/**
 * The options of the award selects: the page's dossiers, those the search found and those already awarded, in the
 * official ranking's order (unscored ones last). A dossier on another page is found by the search.
 */
function getCandidates(
  content: RankingPageContent,
  t: Awaited<ReturnType<typeof getTranslations<"editionsAdmin.ranking">>>,
  locale: Locale,
): AwardCandidate[] {
  const basis = content.summary.officialBasis;
  const byId = new Map([...content.rows, ...content.hits, ...content.pinned].map((p) => [p.nominationId, p]));
  return [...byId.values()]
    .sort((a, b) => a.position - b.position)
    .map(({ nominationId, countryCode, countryName, title, row }) => {
      const country = formatCountryName(countryCode, countryName, locale);
      if (!row) return { id: nominationId, label: t("candidateNotScored", { country, title }) };
      const entry = row[basis];
      const isShared = entry.decidedBy.by === "unresolved";
      const score = basis === "raw" ? t("mean", { score: formatScore(entry.score) }) : t("normalised", { score: formatScore(entry.score) });
      return {
        id: nominationId,
        label: isShared ? t("candidateTied", { place: entry.place, country, title, score }) : t("candidate", { place: entry.place, country, title, score }),
      };
    });
}

export default async function AdminRankingPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { year: yearParam } = await params;
  const path = `/admin/editions/${encodeURIComponent(yearParam)}/ranking`;
  const page = await requireAdminEditionPage(yearParam, path);
  const { user, db, edition } = page;
  const [t, locale, catalogue] = await Promise.all([getTranslations("editionsAdmin.ranking"), getLocale() as Promise<Locale>, getRequestServerTextCatalogue()]);

  const header = (
    <PageHeader title={t("title", { year: edition.year })} description={edition.theme}>
      <Link href={`/admin/editions/${edition.year}`} className="text-sm font-medium text-brand-700 hover:underline">
        {t("back", { year: edition.year })}
      </Link>
    </PageHeader>
  );
  if (!can(user, "ranking.view", { edition })) {
    return (
      <div>
        {header}
        <Notice>{t("notYet")}</Notice>
      </div>
    );
  }

  const query = parseRankingPageQuery(await searchParams);
  // The awarded dossiers stay among the award options wherever they are placed; the open breakdown's is read too.
  const awards = await listAwards({ db, editionId: edition.id });
  const pinnedIds = [...awards.map((a) => a.nominationId), ...(query.dossierId ? [query.dossierId] : [])];
  const [deliberation, prizes, context, decisions, statement, isFrozen] = await Promise.all([
    getDeliberationPage({ db, viewer: user, editionId: edition.id, query, pinnedIds }),
    listPrizes({ db, editionId: edition.id }),
    getPhaseContext({ db, editionId: edition.id }),
    listTieDecisions({ db, editionId: edition.id }),
    getJuryStatement({ db, editionId: edition.id }),
    isResultFrozen({ db, editionId: edition.id }),
  ]);
  // A large edition's ranking is computed by a job: until its first snapshot is ready there is none to show.
  const content = deliberation.state === "computing" ? null : deliberation.view;
  const isDeliberating = edition.phase === "deliberation" && !isFrozen;
  const places = Array.from({ length: edition.awardedPlaces }, (_, index) => {
    const rank = index + 1;
    const saved = awards.find((a) => a.rank === rank);
    return {
      rank,
      nominationId: saved?.nominationId ?? "",
      prize: saved?.prize ?? prizes.find((p) => p.rank === rank)?.description ?? "",
      juryReason: saved?.juryReason ?? "",
    };
  });
  const publishCheck = canAdvance("deliberation", "published", context);
  const awardsDecision = authorize(user, "awards.choose", {
    edition: { ...edition, isFrozen },
    isLiveShowRunning: await isLiveShowRunning({ db, edition }),
  });
  const awardsRefusal = awardsDecision.ok ? null : translateText(catalogue, awardsDecision.reason);

  return (
    <div className="space-y-8">
      {header}
      {edition.phase === "jury_scoring" && (
        <Notice>{t("provisional")}</Notice>
      )}
      {isFrozen && <Notice>{t("frozen")}</Notice>}
      <RankingStatus deliberation={deliberation} timeZone={edition.timeZone} />
      {content && (
        <DeliberationView
          editionId={edition.id}
          timeZone={edition.timeZone}
          content={content}
          path={path}
          dossierId={query.dossierId}
          decisions={decisions}
          statement={statement}
          tieAction={isDeliberating && can(user, "tie.decide", { edition }) ? recordTieDecisionAction : undefined}
          statementAction={isDeliberating && can(user, "jury-statement.write", { edition }) ? saveJuryStatementAction : undefined}
        />
      )}

      {can(user, "scores.export", { edition }) && (
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">{t("exports")}</h2>
          <p className="text-sm text-slate-600">
            {t("exportsBody")}
          </p>
          <div className="flex flex-wrap gap-3">
            <a href={`/admin/editions/${edition.year}/export/scores.csv`} download className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
              {t("csv")}
            </a>
            <a href={`/admin/editions/${edition.year}/export/scores.xlsx`} download className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
              {t("xlsx")}
            </a>
          </div>
        </Card>
      )}

      {edition.phase === "deliberation" && (
        <>
          <Card>
            <h2 className="mb-1 text-lg font-semibold">{t("awards")}</h2>
            <p className="mb-4 text-sm text-slate-600">{t("awardsBody", { places: edition.awardedPlaces })}</p>
            {!content ? (
              <Notice>{t("awardsLater")}</Notice>
            ) : awardsRefusal ? (
              <>
                <Notice>{awardsRefusal}</Notice>
                {awards.length > 0 && <AwardsList awards={awards} />}
              </>
            ) : (
              <AwardsForm
                editionId={edition.id}
                candidates={getCandidates(content, t, locale)}
                places={places}
                action={saveAwardsAction}
              />
            )}
          </Card>
          <Card className="space-y-3">
            <h2 className="text-lg font-semibold">{t("publication")}</h2>
            {!isFrozen ? (
              <>
                <Notice>
                  {t.rich("sealFirst", {
                    link: (chunks) => (
                      <Link href={`/admin/editions/${edition.year}/result`} className="font-medium text-brand-700 hover:underline">
                        {chunks}
                      </Link>
                    ),
                  })}
                </Notice>
                <Button type="button" disabled>
                  {t("publish")}
                </Button>
              </>
            ) : publishCheck.isAllowed ? (
              <AdvancePhaseButton
                editionId={edition.id}
                year={edition.year}
                from="deliberation"
                to="published"
                version={edition.version}
                warning={publishCheck.warning ? translateText(catalogue, publishCheck.warning) : undefined}
                action={advancePhaseAction}
              />
            ) : (
              <>
                <Notice>{translateText(catalogue, publishCheck.reason)}</Notice>
                <Button type="button" disabled>
                  {t("publish")}
                </Button>
              </>
            )}
          </Card>
        </>
      )}

      {edition.phase === "published" && (
        <Card>
          <h2 className="mb-1 text-lg font-semibold">{t("awards")}</h2>
          <p className="mb-4 text-sm text-slate-600">{t("published", { moment: formatEditionMoment(edition.publishedAt, edition.timeZone, { locale }) })}</p>
          {awards.length > 0 ? <AwardsList awards={awards} /> : <p className="text-sm text-slate-600">{t("noAwards")}</p>}
        </Card>
      )}
    </div>
  );
}
