import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { EditionAssignments } from "@/components/jury/edition-assignments";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { listDossiersForJuror, listJurorEditions } from "@/lib/jury/dossiers";

export const metadata: Metadata = { title: "Jury" };

export default async function JuryPage({ searchParams }: { searchParams: Promise<{ conflict?: string | string[] }> }) {
  const user = await requirePageUser("/jury");
  const db = getDb();
  // Both queries select by the signed-in juror's own memberships and assignments: a non-juror gets nothing back.
  const editions = await listJurorEditions({ db, user });
  if (editions.length === 0) forbidden();
  const [dossiers, { conflict }] = await Promise.all([listDossiersForJuror({ db, user }), searchParams]);
  return (
    <div>
      <PageHeader title="Jury" description="Score the dossiers assigned to you. Only you see your scores." />
      <div className="space-y-6">
        {conflict === "declared" && (
          <Notice tone="success">
            Your conflict of interest is recorded. The dossier is no longer in your list, and any scores you gave it do not count.
          </Notice>
        )}
        {editions.map((edition) => (
          <EditionAssignments
            key={edition.id}
            edition={edition}
            dossiers={dossiers.filter((dossier) => dossier.editionId === edition.id)}
          />
        ))}
      </div>
    </div>
  );
}
