import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { AudienceScreen } from "@/components/ceremony/audience-screen";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { getAudienceState } from "@/lib/ceremony/queries";
import { AppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { parseCeremonyModeParam } from "@/lib/validation/ceremony";
import { parseYearParam } from "@/lib/validation/year";

type Props = {
  params: Promise<{ year: string }>;
  searchParams: Promise<{ rehearsal?: string | string[] }>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { year } = await params;
  const isRehearsal = parseCeremonyModeParam((await searchParams).rehearsal) === "rehearsal";
  const t = await getTranslations("ceremony");
  // The screen's content changes by the minute, so it has nothing worth indexing or sharing.
  return { title: isRehearsal ? t("metaRehearsalTitle", { year }) : t("metaTitle", { year }), robots: { index: false } };
}

/**
 * The audience screen for the projector. The live show is public; the rehearsal shows results before the
 * reveal, so it needs the secretariat. Only the current step is rendered, never a later one.
 */
export default async function CeremonyScreenPage({ params, searchParams }: Props) {
  // The step changes while the ceremony runs: never prerender.
  await connection();
  const { year: yearParam } = await params;
  const year = parseYearParam(yearParam);
  if (year === undefined) notFound();
  const mode = parseCeremonyModeParam((await searchParams).rehearsal);
  const viewer = mode === "rehearsal" ? await requirePageUser(`/ceremony/${year}?rehearsal=1`) : null;
  if (viewer && !viewer.isAdmin) forbidden();

  const [t, locale] = await Promise.all([getTranslations("ceremony"), getLocale() as Promise<Locale>]);
  let state: Awaited<ReturnType<typeof getAudienceState>>;
  try {
    // In the screen's language (?lang=, see proxy.ts), as the feed's next steps will be.
    state = await getAudienceState({ db: getDb(), viewer, year, mode, locale });
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "FORBIDDEN") throw error;
    return (
      <div>
        <PageHeader title={t("metaRehearsalTitle", { year })} />
        <Notice>{t("rehearsalNotYet")}</Notice>
      </div>
    );
  }
  if (!state) notFound();
  return <AudienceScreen year={year} mode={mode} initial={{ version: state.version, view: state.view }} />;
}
