import Link from "next/link";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { isJuryPhase } from "@/lib/domain/phases";
import { PageLinks } from "@/components/ui/page-links";
import type { JurorEdition } from "@/lib/jury/dossiers";
import { JUROR_DOSSIER_PAGE_SIZE, type JurorDossierRow, type JurorEditionCounts } from "@/lib/jury/juror-dossier-page";
import { JuryDeadline } from "./jury-deadline";
import { SheetStatus } from "./sheet-status";

function ScoringNotice({ edition }: { edition: JurorEdition }) {
  const t = useTranslations("jury");
  if (!isJuryPhase(edition.phase)) return <Notice>{t("scoringNotOpen")}</Notice>;
  if (edition.isScoringOpen) return null;
  if (edition.phase === "jury_scoring" && !edition.isJuryClosed) return <Notice tone="error">{t("deadlinePassed")}</Notice>;
  return <Notice>{t("juryClosed")}</Notice>;
}

/** "12 of 19 submitted" and what is left, with the way to the next dossier while scoring is open (counted in SQL). */
function Progress({ edition, counts }: { edition: JurorEdition; counts: JurorEditionCounts }) {
  const t = useTranslations("jury");
  const { submitted, drafts, total, nextId } = counts;
  const notStarted = total - submitted - drafts;
  return (
    <div className="space-y-2">
      <p className="font-semibold text-slate-800">
        {t("submittedOf", { submitted, total })}
      </p>
      {nextId ? (
        <p className="text-sm text-slate-700">
          {t("leftToScore", { notStarted, drafts })}
          {edition.isScoringOpen && (
            <>
              {" "}
              <Link href={`/jury/nominations/${nextId}`} className="font-medium text-brand-700 hover:underline">
                {t("scoreNext")}
              </Link>
            </>
          )}
        </p>
      ) : (
        <p className="text-sm font-semibold text-green-900">{t("allScored")}</p>
      )}
    </div>
  );
}

const NO_DOSSIERS: JurorEditionCounts = { total: 0, submitted: 0, drafts: 0 };

/** One edition's jury work for the signed-in juror: deadline, progress and one page of the dossiers assigned to them. */
export function EditionAssignments({
  edition,
  dossiers,
  counts = NO_DOSSIERS,
  page,
  getPageHref,
}: {
  edition: JurorEdition;
  /** One page of the edition's dossiers. */
  dossiers: JurorDossierRow[];
  counts?: JurorEditionCounts;
  page: number;
  getPageHref: (page: number) => string;
}) {
  const t = useTranslations("jury");
  const isInJuryPhase = isJuryPhase(edition.phase);
  const country = edition.jurorCountryName ?? edition.jurorCountryCode ?? "";
  const headingId = `edition-${edition.id}-heading`;
  return (
    <Card>
      <div className="mb-4 space-y-1">
        <h2 id={headingId} className="text-xl font-bold text-slate-900">
          {edition.year} · {edition.theme}
        </h2>
        <p className="text-sm text-slate-600">
          {edition.isChair ? t("sitsForAsChair", { country }) : t("sitsFor", { country })}
        </p>
        {isInJuryPhase && <JuryDeadline juryDeadline={edition.juryDeadline} juryClosedAt={edition.juryClosedAt} secondsLeft={edition.secondsLeft} timeZone={edition.timeZone} />}
        {edition.isChair && (edition.phase === "deliberation" || edition.phase === "published") && (
          <p>
            <Link href={`/jury/deliberation/${edition.year}`} className="font-semibold text-brand-700 underline">
              {t("deliberationLink")}
            </Link>
          </p>
        )}
      </div>
      <div className="space-y-4">
        <ScoringNotice edition={edition} />
        {isInJuryPhase &&
          (counts.total === 0 ? (
            <EmptyState title={t("noDossiersTitle")}>{t("noDossiersBody")}</EmptyState>
          ) : (
            <>
              <Progress edition={edition} counts={counts} />
              <table className="w-full text-left text-sm" aria-labelledby={headingId}>
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>
                    <th scope="col" className="py-2 pr-4 font-semibold">{t("country")}</th>
                    <th scope="col" className="py-2 pr-4 font-semibold">{t("project")}</th>
                    <th scope="col" className="py-2 font-semibold">{t("yourScores")}</th>
                  </tr>
                </thead>
                <tbody>
                  {dossiers.map((dossier) => (
                    <tr key={dossier.id} className="border-b border-slate-100 last:border-0">
                      <td className="py-2 pr-4">{dossier.countryName}</td>
                      <td className="py-2 pr-4">
                        <Link href={`/jury/nominations/${dossier.id}`} className="font-medium text-brand-700 hover:underline">
                          {dossier.title}
                        </Link>
                        {dossier.organisation && <span className="block text-xs text-slate-600">{dossier.organisation}</span>}
                      </td>
                      <td className="py-2">
                        <SheetStatus state={dossier.sheetState} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <PageLinks
                label={t("pagesLabel", { year: edition.year })}
                page={page}
                pageCount={Math.max(1, Math.ceil(counts.total / JUROR_DOSSIER_PAGE_SIZE))}
                getHref={getPageHref}
              />
            </>
          ))}
      </div>
    </Card>
  );
}
