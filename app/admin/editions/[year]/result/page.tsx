import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CertificateLinks } from "@/components/result-seal/certificate-links";
import { FreezeResultButton } from "@/components/result-seal/freeze-result-button";
import { SealDetails } from "@/components/result-seal/seal-details";
import { UnfreezeResultForm } from "@/components/result-seal/unfreeze-result-form";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import type { Locale } from "@/lib/i18n/locales";
import { listAwards } from "@/lib/results/awards";
import { translateText } from "@/lib/i18n/server-text";
import { getServerTextCatalogue } from "@/lib/i18n/server-text-catalogue";
import { FREEZABLE_PHASES, getResultSeal, UNFREEZE_PUBLISHED_MESSAGE } from "@/lib/results/freeze";
import { freezeResultAction, unfreezeResultAction } from "./actions";

type Params = Promise<{ year: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  const t = await getTranslations("resultAdmin.result");
  return { title: t("metaTitle", { year }) };
}

export default async function AdminResultPage({ params }: { params: Params }) {
  const { year: yearParam } = await params;
  const page = await requireAdminEditionPage(yearParam, `/admin/editions/${encodeURIComponent(yearParam)}/result`);
  const { user, db, edition } = page;

  const [seal, awards] = await Promise.all([getResultSeal({ db, viewer: user, editionId: edition.id }), listAwards({ db, editionId: edition.id })]);
  const [t, tAdmin, locale] = await Promise.all([getTranslations("resultAdmin.result"), getTranslations("resultAdmin"), getLocale() as Promise<Locale>]);
  const isPublished = edition.phase === "published";
  const hasWinner = awards.some((award) => award.rank === 1);

  return (
    <div className="space-y-8">
      <PageHeader title={t("title", { year: edition.year })} description={edition.theme}>
        <div className="flex gap-4 text-sm font-medium">
          <Link href={`/admin/editions/${edition.year}/ranking`} className="text-brand-700 hover:underline">
            {tAdmin("rankingAndAwards")}
          </Link>
          <Link href={`/admin/editions/${edition.year}`} className="text-brand-700 hover:underline">
            {tAdmin("backToEdition", { year: edition.year })}
          </Link>
        </div>
      </PageHeader>

      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">{t("freeze")}</h2>
        {seal ? (
          <>
            <p className="text-sm text-slate-700">{t("frozenIntro", { year: edition.year })}</p>
            <SealDetails {...seal} timeZone={edition.timeZone} />
          </>
        ) : !FREEZABLE_PHASES.includes(edition.phase) ? (
          <Notice>{t("notFreezable")}</Notice>
        ) : !hasWinner ? (
          <Notice>
            {t.rich("chooseWinner", {
              link: (chunks) => (
                <Link href={`/admin/editions/${edition.year}/ranking`} className="font-medium underline">
                  {chunks}
                </Link>
              ),
            })}
          </Notice>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              {isPublished ? t("publishedUnsealed", { year: edition.year }) : t("freezeIntro")}
            </p>
            <FreezeResultButton editionId={edition.id} year={edition.year} isPublished={isPublished} action={freezeResultAction} />
          </>
        )}
      </Card>

      {seal && (
        <Card className="space-y-3">
          <h2 className="text-lg font-semibold">{t("unfreeze")}</h2>
          {isPublished ? (
            <Notice>{translateText(getServerTextCatalogue(locale), UNFREEZE_PUBLISHED_MESSAGE)}</Notice>
          ) : (
            <UnfreezeResultForm editionId={edition.id} fingerprint={seal.fingerprint} action={unfreezeResultAction} />
          )}
        </Card>
      )}

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("certificates")}</h2>
        {awards.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noAwards")}</p>
        ) : seal ? (
          <CertificateLinks year={edition.year} awards={awards} />
        ) : (
          <Notice>{t("certificatesAfterFreeze")}</Notice>
        )}
      </Card>
    </div>
  );
}
