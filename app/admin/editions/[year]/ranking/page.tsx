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
import { advancePhaseAction } from "../actions";
import { recordTieDecisionAction, saveAwardsAction, saveJuryStatementAction } from "./actions";

type Params = Promise<{ year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  return { title: `Ranking ${year} · Secretariat` };
}

/**
 * The options of the award selects: the page's dossiers, those the search found and those already awarded, in the
 * official ranking's order (unscored ones last). A dossier on another page is found by the search.
 */
function getCandidates(content: RankingPageContent): AwardCandidate[] {
  const basis = content.summary.officialBasis;
  const byId = new Map([...content.rows, ...content.hits, ...content.pinned].map((p) => [p.nominationId, p]));
  return [...byId.values()]
    .sort((a, b) => a.position - b.position)
    .map(({ nominationId, countryName, title, row }) => {
      if (!row) return { id: nominationId, label: `${countryName} — ${title} (not scored)` };
      const entry = row[basis];
      const isShared = entry.decidedBy.by === "unresolved";
      const score = basis === "raw" ? `mean ${formatScore(entry.score)}` : `normalised ${formatScore(entry.score)}`;
      return { id: nominationId, label: `${entry.place}${isShared ? " (tie)" : ""}. ${countryName} — ${title} (${score})` };
    });
}

export default async function AdminRankingPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { year: yearParam } = await params;
  const path = `/admin/editions/${encodeURIComponent(yearParam)}/ranking`;
  const page = await requireAdminEditionPage(yearParam, path);
  const { user, db, edition } = page;

  const header = (
    <PageHeader title={`Ranking ${edition.year}`} description={edition.theme}>
      <Link href={`/admin/editions/${edition.year}`} className="text-sm font-medium text-brand-700 hover:underline">
        Back to edition {edition.year}
      </Link>
    </PageHeader>
  );
  if (!can(user, "ranking.view", { edition })) {
    return (
      <div>
        {header}
        <Notice>The ranking is available once the edition reaches jury scoring.</Notice>
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
  const awardsRefusal = awardsDecision.ok ? null : awardsDecision.reason;

  return (
    <div className="space-y-8">
      {header}
      {edition.phase === "jury_scoring" && (
        <Notice>Scoring is still open: this ranking is provisional and changes as jurors submit their sheets.</Notice>
      )}
      {isFrozen && <Notice>The result is frozen: the ranking, the ties and the jury&apos;s statement are shown as sealed.</Notice>}
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
          <h2 className="text-lg font-semibold">Exports</h2>
          <p className="text-sm text-slate-600">
            Every juror&apos;s score on every criterion of every dossier, for the record: one row per juror, dossier and criterion.
            The workbook adds the ranking as a summary sheet and the jurors&apos; normalisation.
          </p>
          <div className="flex flex-wrap gap-3">
            <a href={`/admin/editions/${edition.year}/export/scores.csv`} download className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
              Download scores (CSV)
            </a>
            <a href={`/admin/editions/${edition.year}/export/scores.xlsx`} download className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
              Download scores and ranking (XLSX)
            </a>
          </div>
        </Card>
      )}

      {edition.phase === "deliberation" && (
        <>
          <Card>
            <h2 className="mb-1 text-lg font-semibold">Awards</h2>
            <p className="mb-4 text-sm text-slate-600">
              Choose who receives each of the {edition.awardedPlaces} awarded places. Saving replaces the awards chosen before.
            </p>
            {!content ? (
              <Notice>The awards can be chosen once the ranking is computed.</Notice>
            ) : awardsRefusal ? (
              <>
                <Notice>{awardsRefusal}</Notice>
                {awards.length > 0 && <AwardsList awards={awards} />}
              </>
            ) : (
              <AwardsForm
                editionId={edition.id}
                candidates={getCandidates(content)}
                places={places}
                action={saveAwardsAction}
              />
            )}
          </Card>
          <Card className="space-y-3">
            <h2 className="text-lg font-semibold">Publication</h2>
            {!isFrozen ? (
              <>
                <Notice>
                  Only a sealed result is published, so the public record carries its fingerprint.{" "}
                  <Link href={`/admin/editions/${edition.year}/result`} className="font-medium text-brand-700 hover:underline">
                    Seal the result
                  </Link>{" "}
                  first; then publish here, at the ceremony&apos;s reveal, or at the scheduled time.
                </Notice>
                <Button type="button" disabled>
                  Publish results
                </Button>
              </>
            ) : publishCheck.isAllowed ? (
              <AdvancePhaseButton
                editionId={edition.id}
                year={edition.year}
                from="deliberation"
                to="published"
                version={edition.version}
                warning={publishCheck.warning}
                action={advancePhaseAction}
              />
            ) : (
              <>
                <Notice>{publishCheck.reason}</Notice>
                <Button type="button" disabled>
                  Publish results
                </Button>
              </>
            )}
          </Card>
        </>
      )}

      {edition.phase === "published" && (
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Awards</h2>
          <p className="mb-4 text-sm text-slate-600">Published {formatEditionMoment(edition.publishedAt, edition.timeZone)}.</p>
          {awards.length > 0 ? <AwardsList awards={awards} /> : <p className="text-sm text-slate-600">No awards were recorded.</p>}
        </Card>
      )}
    </div>
  );
}
