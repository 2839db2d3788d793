import Link from "next/link";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { SetEmbargoInput } from "@/lib/validation/embargo";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { EmbargoForm } from "./embargo-form";

export interface PublicationCardProps {
  edition: { id: number; year: number; version: number; publishedAt: Date | null; timeZone: string };
  embargo: { embargoAt: Date | null; isPassed: boolean; hasWinner: boolean; isFrozen: boolean };
  action: (input: SetEmbargoInput) => Promise<ActionResult<{ version: number; embargoAt: string | null }>>;
}

/** When the results go public: published already, or the three ways they can be (reveal, schedule, by hand). */
export function PublicationCard({ edition, embargo, action }: PublicationCardProps) {
  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">Publication</h2>
      {edition.publishedAt ? (
        <p className="text-slate-700">
          The results were published {formatEditionMoment(edition.publishedAt, edition.timeZone)}:{" "}
          <Link href={`/results/${edition.year}`} className="font-medium text-brand-700 underline">
            the public results page
          </Link>
          .
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            The results go public at the winner&apos;s reveal in the live show, at the time scheduled below, or at once with
            “Publish results” on the{" "}
            <Link href={`/admin/editions/${edition.year}/ranking`} className="font-medium text-brand-700 underline">
              ranking page
            </Link>
            , whichever comes first. Each of them needs the sealed result: until then nothing of them is public.
          </p>
          {!embargo.isFrozen && (
            <Notice>
              The result is not sealed yet, so nothing can be published.{" "}
              <Link href={`/admin/editions/${edition.year}/result`} className="font-medium text-brand-700 underline">
                Seal the result
              </Link>{" "}
              before the scheduled time; a schedule that finds it unsealed tries again later.
            </Notice>
          )}
          {embargo.embargoAt && (
            <p className="text-sm text-slate-800">
              Scheduled publication: <strong>{formatEditionMoment(embargo.embargoAt, edition.timeZone)}</strong>
            </p>
          )}
          {embargo.isPassed && (
            <Notice tone="error">
              {!embargo.hasWinner
                ? "The scheduled time has passed, but there is no winner to publish: choose the awards first."
                : !embargo.isFrozen
                  ? "The scheduled time has passed, but the result is not sealed: seal it, and the scheduled publication follows at its next try."
                  : "The scheduled time has passed: the publication runs within seconds. If this stays, the edition must be in deliberation."}
            </Notice>
          )}
          <EmbargoForm editionId={edition.id} version={edition.version} embargoAt={embargo.embargoAt} timeZone={edition.timeZone} action={action} />
        </>
      )}
    </Card>
  );
}
