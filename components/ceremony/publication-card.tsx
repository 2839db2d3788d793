import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { Locale } from "@/lib/i18n/locales";
import type { SetEmbargoInput } from "@/lib/validation/embargo";
import { formatEditionMoment } from "@/lib/format/edition-time";
import { EmbargoForm } from "./embargo-form";

export interface PublicationCardProps {
  edition: { id: number; year: number; version: number; publishedAt: Date | null; timeZone: string };
  embargo: { embargoAt: Date | null; isPassed: boolean; hasWinner: boolean; isFrozen: boolean };
  action: (input: SetEmbargoInput) => Promise<ActionResult<{ version: number; embargoAt: string | null }>>;
}

const LINK = "font-medium text-brand-700 underline";

/** The link a rich message wraps around its words. */
function linkTo(href: string) {
  return function MessageLink(chunks: React.ReactNode) {
    return (
      <Link href={href} className={LINK}>
        {chunks}
      </Link>
    );
  };
}

/** When the results go public: published already, or the three ways they can be (reveal, schedule, by hand). */
export function PublicationCard({ edition, embargo, action }: PublicationCardProps) {
  const t = useTranslations("resultAdmin.publication");
  const locale = useLocale() as Locale;
  const moment = (at: Date) => formatEditionMoment(at, edition.timeZone, { locale });
  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">{t("heading")}</h2>
      {edition.publishedAt ? (
        <p className="text-slate-700">{t.rich("publishedAt", { when: moment(edition.publishedAt), link: linkTo(`/results/${edition.year}`) })}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t.rich("ways", { link: linkTo(`/admin/editions/${edition.year}/ranking`) })}</p>
          {!embargo.isFrozen && <Notice>{t.rich("unsealed", { link: linkTo(`/admin/editions/${edition.year}/result`) })}</Notice>}
          {embargo.embargoAt && (
            <p className="text-sm text-slate-800">{t.rich("scheduled", { when: moment(embargo.embargoAt), b: (chunks) => <strong>{chunks}</strong> })}</p>
          )}
          {embargo.isPassed && (
            <Notice tone="error">{!embargo.hasWinner ? t("passedNoWinner") : !embargo.isFrozen ? t("passedUnsealed") : t("passed")}</Notice>
          )}
          <EmbargoForm editionId={edition.id} version={edition.version} embargoAt={embargo.embargoAt} timeZone={edition.timeZone} action={action} />
        </>
      )}
    </Card>
  );
}
