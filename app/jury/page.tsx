import type { Metadata } from "next";
import { EditionAssignments } from "@/components/jury/edition-assignments";
import { NotAJuror } from "@/components/jury/not-a-juror";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { listDossiersForJuror, listJurorEditions } from "@/lib/data/jury-dossiers";

export const metadata: Metadata = { title: "Jury" };

export default async function JuryPage() {
  const user = await requirePageUser("/jury");
  const db = getDb();
  // Both queries select by the signed-in juror's own memberships: a non-juror gets nothing back.
  const editions = await listJurorEditions({ db, user });
  if (editions.length === 0) return <NotAJuror />;
  const dossiers = await listDossiersForJuror({ db, user });
  return (
    <div>
      <PageHeader title="Jury" description="Score the dossiers assigned to you. Only you see your scores." />
      <div className="space-y-6">
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
