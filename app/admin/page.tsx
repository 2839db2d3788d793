import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { EditionsTable } from "@/components/admin/editions-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { requirePageUser } from "@/lib/auth/session";
import { listEditionsWithCounts } from "@/lib/editions/queries";

export const metadata: Metadata = { title: "Secretariat" };

export default async function AdminPage() {
  const user = await requirePageUser("/admin");
  if (!user.isAdmin) forbidden();
  const editions = await listEditionsWithCounts({ db: getDb() });
  return (
    <div>
      <PageHeader title="Secretariat" description="Every edition of the award, its phase and its nominations.">
        <div className="flex flex-wrap gap-4">
          <Link href="/admin/editions/new" className="text-sm font-medium text-brand-700 hover:underline">
            New edition
          </Link>
          <Link href="/admin/outbox" className="text-sm font-medium text-brand-700 hover:underline">
            Outbox
          </Link>
        </div>
      </PageHeader>
      <h2 className="mb-3 text-lg font-semibold">Editions</h2>
      {editions.length === 0 ? (
        <EmptyState title="No editions yet">An edition appears here once it has been created.</EmptyState>
      ) : (
        <EditionsTable editions={editions} />
      )}
    </div>
  );
}
