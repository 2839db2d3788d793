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
import { isResultFrozen, type EditionRanking } from "@/lib/results/ranking";
import { getDeliberationRanking } from "@/lib/results/deliberation-ranking";
import { listTieDecisions } from "@/lib/results/tie-decisions";
import { canAdvance } from "@/lib/domain/phases";
import { advancePhaseAction } from "../actions";
import { recordTieDecisionAction, saveAwardsAction, saveJuryStatementAction } from "./actions";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  return { title: `Ranking ${year} · Secretariat` };
}

/** The options of the award selects: ranked nominations in the official ranking's order, then unscored ones. */
function getCandidates(ranking: EditionRanking): AwardCandidate[] {
  const { result, nominations } = ranking.record;
  const byId = new Map(nominations.map((n) => [n.id, n]));
  return [
    ...result[result.officialBasis].entries.flatMap((entry) => {
      const nomination = byId.get(entry.nominationId);
      if (!nomination) return [];
      const isShared = entry.decidedBy.by === "unresolved";
      const score = result.officialBasis === "raw" ? `mean ${formatScore(entry.score)}` : `normalised ${formatScore(entry.score)}`;
      return [{ id: entry.nominationId, label: `${entry.place}${isShared ? " (tie)" : ""}. ${nomination.countryName} — ${nomination.title} (${score})` }];
    }),
    ...ranking.unscored.map((n) => ({ id: n.id, label: `${n.countryName} — ${n.title} (not scored)` })),
  ];
}

export default async function AdminRankingPage({ params }: { params: Params }) {
  const { year: yearParam } = await params;
  const page = await requireAdminEditionPage(yearParam, `/admin/editions/${encodeURIComponent(yearParam)}/ranking`);
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

  const [deliberation, awards, prizes, context, decisions, statement, isFrozen] = await Promise.all([
    getDeliberationRanking({ db, viewer: user, editionId: edition.id }),
    listAwards({ db, editionId: edition.id }),
    listPrizes({ db, editionId: edition.id }),
    getPhaseContext({ db, editionId: edition.id }),
    listTieDecisions({ db, editionId: edition.id }),
    getJuryStatement({ db, editionId: edition.id }),
    isResultFrozen({ db, editionId: edition.id }),
  ]);
  // A large edition's ranking is computed by a job: until its first snapshot is ready there is none to show.
  const ranking = deliberation.state === "computing" ? null : deliberation.ranking;
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
      {ranking && (
        <DeliberationView
          editionId={edition.id}
          timeZone={edition.timeZone}
          ranking={ranking}
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
            {!ranking ? (
              <Notice>The awards can be chosen once the ranking is computed.</Notice>
            ) : awardsRefusal ? (
              <>
                <Notice>{awardsRefusal}</Notice>
                {awards.length > 0 && <AwardsList awards={awards} />}
              </>
            ) : (
              <AwardsForm
                editionId={edition.id}
                candidates={getCandidates(ranking)}
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
