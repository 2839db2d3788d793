import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EditionAssignments } from "@/components/jury/edition-assignments";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { listJurorEditions } from "@/lib/jury/dossiers";
import { countJurorDossiers, listJurorDossierPage } from "@/lib/jury/juror-dossier-page";
import { parsePageNumber } from "@/lib/jury/progress";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("jury"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The list's link for one edition's page; the other editions stay on their first page. */
function getPageHref(year: number, page: number): string {
  return page > 1 ? `/jury?year=${year}&page=${page}` : "/jury";
}

export default async function JuryPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requirePageUser("/jury");
  const db = getDb();
  // Every query selects by the signed-in juror's own memberships and assignments: a non-juror gets nothing back.
  const editions = await listJurorEditions({ db, user });
  if (editions.length === 0) forbidden();
  const { conflict, year, page: pageParam } = await searchParams;
  const paged = editions.find((edition) => String(edition.year) === year);
  const page = paged ? parsePageNumber(pageParam) : 1;
  const [dossiers, counts] = await Promise.all([
    listJurorDossierPage({ db, user, editionId: paged?.id, page }),
    countJurorDossiers({ db, user }),
  ]);
  const t = await getTranslations("jury");
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        {conflict === "declared" && (
          <Notice tone="success">{t("conflictRecorded")}</Notice>
        )}
        {editions.map((edition) => (
          <EditionAssignments
            key={edition.id}
            edition={edition}
            dossiers={dossiers.filter((dossier) => dossier.editionId === edition.id)}
            counts={counts.get(edition.id)}
            page={edition.id === paged?.id ? page : 1}
            getPageHref={(n) => getPageHref(edition.year, n)}
          />
        ))}
      </div>
    </div>
  );
}
