import type { Metadata } from "next";
import Link from "next/link";
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
  return { title: `Ceremony ${year} · Secretariat` };
}

/** The presenter's view of the ceremony (live show or rehearsal) and the publication's schedule. Secretariat only. */
export default async function CeremonyPresenterPage({ params, searchParams }: Props) {
  const { year: yearParam } = await params;
  const mode = parseCeremonyModeParam((await searchParams).rehearsal);
  const page = await requireAdminEditionPage(yearParam, `/admin/editions/${encodeURIComponent(yearParam)}/ceremony${mode === "rehearsal" ? "?rehearsal=1" : ""}`);
  const { user, db, edition } = page;

  const isLive = mode === "live";
  const header = (
    <PageHeader title={`Ceremony ${edition.year}`} description={edition.theme}>
      <div className="flex flex-wrap gap-4 text-sm">
        <Link href={`/admin/editions/${edition.year}`} className="font-medium text-brand-700 hover:underline">
          Back to edition {edition.year}
        </Link>
        <Link href={`/admin/editions/${edition.year}/ranking`} className="font-medium text-brand-700 hover:underline">
          Ranking and awards
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
        <Notice>The ceremony can be prepared once the edition is in deliberation, with the ranking done.</Notice>
        {publication}
      </div>
    );
  }

  const state = await getPresenterState({ db, viewer: user, editionId: edition.id, mode });
  const { ceremony, current } = state;
  const seal = await getFrozenResult({ db, editionId: edition.id });
  return (
    <div className="space-y-6">
      {header}
      <nav aria-label="Show" className="flex gap-2 border-b border-slate-200">
        {(["live", "rehearsal"] as const).map((tab) => (
          <Link
            key={tab}
            href={`/admin/editions/${edition.year}/ceremony${tab === "rehearsal" ? "?rehearsal=1" : ""}`}
            aria-current={tab === mode ? "page" : undefined}
            className={`-mb-px border-b-2 px-4 py-2 text-sm font-semibold ${tab === mode ? "border-brand-700 text-brand-900" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {tab === "live" ? "Live show" : "Rehearsal"}
          </Link>
        ))}
      </nav>

      <p className="text-slate-700">
        {isLive
          ? state.phase === "published"
            ? "The results are already published: the live show reveals them on the audience screen and publishes nothing more."
            : "The public audience screen follows this show. Revealing the winner publishes the results at that very moment."
          : "The rehearsal runs the same show on its own audience screen, which only the secretariat can open. It publishes nothing."}
      </p>
      {state.phase === "deliberation" && !state.isFrozen && (
        <Notice>
          {isLive ? (
            <>
              The live show needs the sealed result: it reveals that result and publishes it at the winner.{" "}
              <Link href={`/admin/editions/${edition.year}/result`} className="font-medium text-brand-700 hover:underline">
                Seal the result
              </Link>{" "}
              first. A rehearsal needs no seal.
            </>
          ) : (
            "The result is not sealed yet: the awards can still change until you seal it."
          )}
        </Notice>
      )}
      {seal && (
        <Card>
          <h2 className="text-lg font-semibold">Sealed result</h2>
          <p className="mt-1 text-sm text-slate-600">
            The fingerprint (SHA-256) of the frozen result, to read out or print with the script:
          </p>
          <p className="mt-2 break-all font-mono text-sm" data-testid="presenter-fingerprint">
            {seal.fingerprint}
          </p>
        </Card>
      )}
      {!state.hasWinner && (
        <Notice tone="error">No winner is chosen yet: choose the awards on the ranking page, or the show ends with the nominees.</Notice>
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
          <h2 className="text-lg font-semibold">{isLive ? "The live show has not started" : "No rehearsal yet"}</h2>
          {can(user, "ceremony.start-live", { edition: { ...edition, isFrozen: state.isFrozen } }) || !isLive ? (
            <StartShowButton
              editionId={edition.id}
              year={edition.year}
              mode={mode}
              canPublish={state.phase !== "published"}
              action={startCeremonyAction}
            />
          ) : (
            <p className="text-sm text-slate-600">The live show starts once the result is sealed.</p>
          )}
          {state.next && <PresenterPreview title="First step" view={state.next} />}
        </Card>
      )}

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Order of the nominees</h2>
        {ceremony && isLive && state.phase === "deliberation" ? (
          <p className="text-sm text-slate-600">The live show is running: the order of the nominees holds still until the winner is revealed.</p>
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
          <p className="text-sm text-slate-600">
            Start the {isLive ? "live show" : "rehearsal"} to choose the order in which its nominees step lists them
            {isLive && " (the live show starts with the rehearsal's order)"}. Until then they follow the country names.
          </p>
        )}
      </Card>

      {publication}
    </div>
  );
}
