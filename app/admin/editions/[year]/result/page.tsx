import type { Metadata } from "next";
import Link from "next/link";
import { CertificateLinks } from "@/components/result-seal/certificate-links";
import { FreezeResultButton } from "@/components/result-seal/freeze-result-button";
import { SealDetails } from "@/components/result-seal/seal-details";
import { UnfreezeResultForm } from "@/components/result-seal/unfreeze-result-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { listAwards } from "@/lib/results/awards";
import { FREEZABLE_PHASES, getResultSeal, UNFREEZE_PUBLISHED_MESSAGE } from "@/lib/results/freeze";
import { freezeResultAction, unfreezeResultAction } from "./actions";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  return { title: `Sealed result ${year} · Secretariat` };
}

export default async function AdminResultPage({ params }: { params: Params }) {
  const { year: yearParam } = await params;
  const page = await requireAdminEditionPage(yearParam, `/admin/editions/${encodeURIComponent(yearParam)}/result`);
  const { user, db, edition } = page;

  const [seal, awards] = await Promise.all([getResultSeal({ db, viewer: user, editionId: edition.id }), listAwards({ db, editionId: edition.id })]);
  const isPublished = edition.phase === "published";
  const hasWinner = awards.some((award) => award.rank === 1);

  return (
    <div className="space-y-8">
      <PageHeader title={`Sealed result ${edition.year}`} description={edition.theme}>
        <div className="flex gap-4 text-sm font-medium">
          <Link href={`/admin/editions/${edition.year}/ranking`} className="text-brand-700 hover:underline">
            Ranking and awards
          </Link>
          <Link href={`/admin/editions/${edition.year}`} className="text-brand-700 hover:underline">
            Back to edition {edition.year}
          </Link>
        </div>
      </PageHeader>

      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">Freeze</h2>
        {seal ? (
          <>
            <p className="text-sm text-slate-700">
              The result is frozen. The database refuses every change to scores, assignments, conflicts, awards and tie
              decisions of {edition.year}. The fingerprint below is printed on the presenter&apos;s script and on each
              certificate. Once published, the public part (everything but the individual scores) and both part
              fingerprints appear with the results, and anyone can check the public part on the verify page.
            </p>
            <SealDetails {...seal} timeZone={edition.timeZone} />
          </>
        ) : !FREEZABLE_PHASES.includes(edition.phase) ? (
          <Notice>The result can be frozen once the jury is closed, from deliberation on.</Notice>
        ) : !hasWinner ? (
          <Notice>
            Choose the winner on the{" "}
            <Link href={`/admin/editions/${edition.year}/ranking`} className="font-medium underline">
              ranking page
            </Link>{" "}
            before freezing the result.
          </Notice>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              {isPublished
                ? `The results of ${edition.year} are published but were never sealed. Freezing now stores the ranking, awards, reasons and the scores used with their fingerprint, as the archive record; a published result cannot be unfrozen.`
                : "Freezing stores the ranking, the awards and the jury's reasons, the tie decisions and the scores used, with the SHA-256 fingerprint of them all. After that nothing the result is built from can change, unless the secretariat unfreezes it with a reason."}
            </p>
            <FreezeResultButton editionId={edition.id} year={edition.year} isPublished={isPublished} action={freezeResultAction} />
          </>
        )}
      </Card>

      {seal && (
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">Unfreeze</h2>
          {isPublished ? (
            <Notice>{UNFREEZE_PUBLISHED_MESSAGE}</Notice>
          ) : (
            <UnfreezeResultForm editionId={edition.id} fingerprint={seal.fingerprint} action={unfreezeResultAction} />
          )}
        </Card>
      )}

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Certificates</h2>
        {awards.length === 0 ? (
          <p className="text-sm text-slate-600">No places are awarded yet: certificates follow the awards.</p>
        ) : seal ? (
          <CertificateLinks year={edition.year} awards={awards} />
        ) : (
          <Notice>Certificates can be downloaded once the result is frozen, so none names a place that could still change.</Notice>
        )}
      </Card>
    </div>
  );
}
