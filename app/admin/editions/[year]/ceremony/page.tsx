import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { NomineeOrderEditor } from "@/components/ceremony/nominee-order-editor";
import { PresenterConsole } from "@/components/ceremony/presenter-console";
import { PresenterPreview } from "@/components/ceremony/presenter-preview";
import { PublicationCard } from "@/components/ceremony/publication-card";
import { StartShowButton } from "@/components/ceremony/start-show-button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/access/policy";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { getPresenterState } from "@/lib/ceremony/queries";
import type { CeremonyStep } from "@/lib/domain/ceremony";
import { formatPlace } from "@/lib/format/place";
import type { Locale } from "@/lib/i18n/locales";
import { getFrozenResult } from "@/lib/results/freeze";
import { getEmbargo } from "@/lib/results/publication";
import { parseCeremonyModeParam } from "@/lib/validation/ceremony";
import {
  moveCeremonyStepAction,
  restartRehearsalAction,
  saveNomineeOrderAction,
  setEmbargoAction,
  startCeremonyAction,
} from "./actions";

type Props = {
  params: Promise<{ year: string }>;
  searchParams: Promise<{ rehearsal?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year } = await params;
  const t = await getTranslations("resultAdmin.ceremonyPage");
  return { title: t("metaTitle", { year }) };
}

type StepTranslator = Awaited<ReturnType<typeof getTranslations<"resultAdmin.steps">>>;

/** The presenter's name for a step, in the presenter's language. */
function labelStep(step: CeremonyStep, t: StepTranslator, locale: Locale): string {
  if (step.kind === "title") return t("title");
  if (step.kind === "nominees") return t("nominees");
  return step.rank === 1 ? t("winner") : formatPlace(step.rank, locale);
}

/** The presenter's view of the ceremony (live show or rehearsal) and the publication's schedule. Secretariat only. */
export default async function CeremonyPresenterPage({ params, searchParams }: Props) {
  const { year: yearParam } = await params;
  const mode = parseCeremonyModeParam((await searchParams).rehearsal);
  const page = await requireAdminEditionPage(yearParam, `/admin/editions/${encodeURIComponent(yearParam)}/ceremony${mode === "rehearsal" ? "?rehearsal=1" : ""}`);
  const { user, db, edition } = page;
  const [t, tAdmin, tSteps, locale] = await Promise.all([
    getTranslations("resultAdmin.ceremonyPage"),
    getTranslations("resultAdmin"),
    getTranslations("resultAdmin.steps"),
    getLocale() as Promise<Locale>,
  ]);

  const isLive = mode === "live";
  const header = (
    <PageHeader title={t("title", { year: edition.year })} description={edition.theme}>
      <div className="flex flex-wrap gap-4 text-sm">
        <Link href={`/admin/editions/${edition.year}`} className="font-medium text-brand-700 hover:underline">
          {tAdmin("backToEdition", { year: edition.year })}
        </Link>
        <Link href={`/admin/editions/${edition.year}/ranking`} className="font-medium text-brand-700 hover:underline">
          {tAdmin("rankingAndAwards")}
        </Link>
      </div>
    </PageHeader>
  );
  const embargo = await getEmbargo({ db, editionId: edition.id });
  const publication = embargo && <PublicationCard edition={edition} embargo={embargo} action={setEmbargoAction} />;
  if (!can(user, "ceremony.present", { edition })) {
    return (
      <div className="space-y-6">
        {header}
        <Notice>{t("notYet")}</Notice>
        {publication}
      </div>
    );
  }

  const found = await getPresenterState({ db, viewer: user, editionId: edition.id, mode, locale });
  const state = { ...found, steps: found.steps.map((s) => ({ ...s, label: labelStep(s.step, tSteps, locale) })) };
  const { ceremony, current } = state;
  const seal = await getFrozenResult({ db, editionId: edition.id });
  return (
    <div className="space-y-6">
      {header}
      <nav aria-label={t("showNav")} className="flex gap-2 border-b border-slate-200">
        {(["live", "rehearsal"] as const).map((tab) => (
          <Link
            key={tab}
            href={`/admin/editions/${edition.year}/ceremony${tab === "rehearsal" ? "?rehearsal=1" : ""}`}
            aria-current={tab === mode ? "page" : undefined}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-semibold ${tab === mode ? "border-brand-700 text-brand-900" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {tab === "live" ? t("liveTab") : t("rehearsalTab")}
          </Link>
        ))}
      </nav>

      <p className="text-slate-700">
        {isLive
          ? state.phase === "published"
            ? t("liveAlreadyPublished")
            : t("liveIntro")
          : t("rehearsalIntro")}
      </p>
      {state.phase === "deliberation" && !state.isFrozen && (
        <Notice>
          {isLive
            ? t.rich("liveNeedsSeal", {
                link: (chunks) => (
                  <Link href={`/admin/editions/${edition.year}/result`} className="font-medium text-brand-700 hover:underline">
                    {chunks}
                  </Link>
                ),
              })
            : t("rehearsalUnsealed")}
        </Notice>
      )}
      {seal && (
        <Card>
          <h2 className="text-lg font-semibold">{t("sealedResult")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("sealedIntro")}</p>
          <p className="mt-2 break-all font-mono text-sm" data-testid="presenter-fingerprint">
            {seal.fingerprint}
          </p>
        </Card>
      )}
      {!state.hasWinner && (
        <Notice tone="error">{t("noWinner")}</Notice>
      )}

      {ceremony && current ? (
        <PresenterConsole
          editionId={edition.id}
          year={edition.year}
          state={{ ...state, ceremony, current }}
          move={moveCeremonyStepAction}
          restart={restartRehearsalAction}
        />
      ) : (
        <Card className="space-y-4">
          <h2 className="text-lg font-semibold">{isLive ? t("liveNotStarted") : t("noRehearsal")}</h2>
          {can(user, "ceremony.start-live", { edition: { ...edition, isFrozen: state.isFrozen } }) || !isLive ? (
            <StartShowButton
              editionId={edition.id}
              year={edition.year}
              mode={mode}
              canPublish={state.phase !== "published"}
              action={startCeremonyAction}
            />
          ) : (
            <p className="text-sm text-slate-600">{t("liveAfterSeal")}</p>
          )}
          {state.next && <PresenterPreview title={t("firstStep")} view={state.next} />}
        </Card>
      )}

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("nomineeOrder")}</h2>
        {ceremony && isLive && state.phase === "deliberation" ? (
          <p className="text-sm text-slate-600">{t("orderHeld")}</p>
        ) : ceremony ? (
          <NomineeOrderEditor
            key={state.nominees.map((n) => n.nominationId).join()}
            editionId={edition.id}
            mode={mode}
            version={ceremony.version}
            nominees={state.nominees}
            action={saveNomineeOrderAction}
          />
        ) : (
          <p className="text-sm text-slate-600">{isLive ? t("orderLiveBeforeStart") : t("orderRehearsalBeforeStart")}</p>
        )}
      </Card>

      {publication}
    </div>
  );
}
