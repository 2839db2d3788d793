import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeliberationView } from "@/components/deliberation/deliberation-view";
import { RankingStatus } from "@/components/deliberation/ranking-status";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { can, getJurorMembership } from "@/lib/access/policy";
import { requirePageUser } from "@/lib/auth/session";
import { getEditionByYear } from "@/lib/editions/queries";
import { getJuryStatement } from "@/lib/results/jury-statement";
import { isResultFrozen } from "@/lib/results/ranking";
import { getDeliberationPage } from "@/lib/results/deliberation-page";
import { parseRankingPageQuery } from "@/lib/validation/ranking-page-query";
import { listTieDecisions } from "@/lib/results/tie-decisions";
import { recordChairTieDecisionAction, saveChairStatementAction } from "./actions";

type Params = Promise<{ year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  return { title: (await getTranslations("deliberation"))("metaTitle", { year }) };
}

/** The jury chair's deliberation: the same ranking the secretariat sees, the ties to decide and the jury's statement. */
export default async function ChairDeliberationPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { year: yearParam } = await params;
  const path = `/jury/deliberation/${encodeURIComponent(yearParam)}`;
  const user = await requirePageUser(path);
  if (!/^\d{4}$/.test(yearParam)) notFound();
  const db = getDb();
  const edition = await getEditionByYear({ db, year: Number(yearParam) });
  if (!edition) notFound();
  if (getJurorMembership(user, edition.id)?.isChair !== true) forbidden();

  const t = await getTranslations("deliberation");
  const header = (
    <PageHeader title={t("title", { year: edition.year })} description={edition.theme}>
      <Link href="/jury" className="text-sm font-medium text-brand-700 hover:underline">
        {t("backToJury")}
      </Link>
    </PageHeader>
  );
  // A juror sees no one else's scores while the jury is open, the chair included.
  if (!["deliberation", "published"].includes(edition.phase) || !can(user, "ranking.view", { edition })) {
    return (
      <div>
        {header}
        <Notice>{t("notOpen")}</Notice>
      </div>
    );
  }

  const query = parseRankingPageQuery(await searchParams);
  const [deliberation, decisions, statement, isFrozen] = await Promise.all([
    getDeliberationPage({ db, viewer: user, editionId: edition.id, query, pinnedIds: query.dossierId ? [query.dossierId] : [] }),
    listTieDecisions({ db, editionId: edition.id }),
    getJuryStatement({ db, editionId: edition.id }),
    isResultFrozen({ db, editionId: edition.id }),
  ]);
  const isDeliberating = edition.phase === "deliberation" && !isFrozen;
  return (
    <div className="space-y-6">
      {header}
      {isFrozen && <Notice>{t("frozen")}</Notice>}
      <RankingStatus deliberation={deliberation} timeZone={edition.timeZone} />
      {deliberation.state !== "computing" && (
        <DeliberationView
          editionId={edition.id}
          timeZone={edition.timeZone}
          content={deliberation.view}
          path={path}
          dossierId={query.dossierId}
          decisions={decisions}
          statement={statement}
          tieAction={isDeliberating && can(user, "tie.decide", { edition }) ? recordChairTieDecisionAction : undefined}
          statementAction={isDeliberating && can(user, "jury-statement.write", { edition }) ? saveChairStatementAction : undefined}
        />
      )}
    </div>
  );
}
