import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { AddJurorForm } from "@/components/jury-members/add-juror-form";
import { JuryMembersTable } from "@/components/jury-members/jury-members-table";
import { VotingCapForm } from "@/components/jury-members/voting-cap-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PageLinks } from "@/components/ui/page-links";
import { requireAdminEditionPage } from "@/lib/auth/admin-edition-page";
import { getJurySummary, JURY_MEMBER_PAGE_SIZE, listJurorCountries, listJuryMembers } from "@/lib/jury/member-queries";
import { parsePageNumber } from "@/lib/jury/progress";
import {
  addJuryMemberAction,
  removeJuryMemberAction,
  resendJuryInvitationAction,
  setJuryChairAction,
  setJuryRoleAction,
  updateVotingCapAction,
} from "./actions";

type Params = Promise<{ year: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { year } = await params;
  const t = await getTranslations("juryAdmin.page");
  return { title: t("metaTitle", { year }) };
}

const MEMBER_ACTIONS = {
  setChair: setJuryChairAction,
  setRole: setJuryRoleAction,
  remove: removeJuryMemberAction,
  resendInvitation: resendJuryInvitationAction,
};

export default async function AdminJuryPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { year: yearParam } = await params;
  const path = `/admin/editions/${encodeURIComponent(yearParam)}/jury`;
  const page = await requireAdminEditionPage(yearParam, path);
  const { user, db, edition } = page;
  const memberPage = parsePageNumber((await searchParams).page);

  const [members, summary, countries] = await Promise.all([
    listJuryMembers({ db, viewer: user, editionId: edition.id, page: memberPage }),
    getJurySummary({ db, viewer: user, editionId: edition.id }),
    listJurorCountries({ db }),
  ]);
  const t = await getTranslations("juryAdmin.page");
  const votingCount = summary.voting;

  return (
    <div className="space-y-8">
      <PageHeader title={t("title", { year: edition.year })} description={edition.theme}>
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href={`/admin/editions/${edition.year}`} className="font-medium text-brand-700 hover:underline">
            {t("back", { year: edition.year })}
          </Link>
          <Link href={`/admin/editions/${edition.year}/rubric`} className="font-medium text-brand-700 hover:underline">
            {t("rubric")}
          </Link>
        </div>
      </PageHeader>

      <section aria-labelledby="members-heading" className="space-y-3">
        <h2 id="members-heading" className="text-lg font-semibold">
          {t("members", { count: summary.total })}
        </h2>
        <p className="text-sm text-slate-600">
          {t("seats", { taken: votingCount, cap: edition.maxVotingJurors })} · {t("experts", { count: summary.total - votingCount })} ·{" "}
          {summary.chairName ? t("chair", { name: summary.chairName }) : t("noChair")} {t("onlyVoting")}
        </p>
        {summary.total === 0 ? (
          <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>
        ) : (
          <JuryMembersTable editionId={edition.id} members={members} actions={MEMBER_ACTIONS} />
        )}
        <PageLinks
          label={t("pages")}
          page={memberPage}
          pageCount={Math.max(1, Math.ceil(summary.total / JURY_MEMBER_PAGE_SIZE))}
          getHref={(n) => (n > 1 ? `${path}?page=${n}` : path)}
        />
      </section>

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("addHeading")}</h2>
        <p className="text-sm text-slate-600">
          {t("addIntro")}
        </p>
        <AddJurorForm editionId={edition.id} countries={countries} action={addJuryMemberAction} />
      </Card>

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">{t("capHeading")}</h2>
        <VotingCapForm editionId={edition.id} maxVotingJurors={edition.maxVotingJurors} action={updateVotingCapAction} />
      </Card>
    </div>
  );
}
