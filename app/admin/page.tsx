import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { AttentionList } from "@/components/admin/attention-list";
import { CurrentEditionCard } from "@/components/admin/current-edition-card";
import { EditionsTable } from "@/components/admin/editions-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { authorizeGlobal } from "@/lib/access/policy";
import { listAttentionItems } from "@/lib/admin-home/attention";
import { getAttentionCounts, getCurrentEdition } from "@/lib/admin-home/queries";
import { requirePageUser } from "@/lib/auth/session";
import { getNextDeadline } from "@/lib/domain/next-deadline";
import { listEditionsWithCounts } from "@/lib/editions/queries";
import { parseYearParam } from "@/lib/validation/year";

export const metadata: Metadata = { title: "Secretariat" };

/** The secretariat's home: the current edition, what needs attention (each linking to its fix), every edition. */
export default async function AdminPage({ searchParams }: { searchParams: Promise<{ year?: string | string[] }> }) {
  const user = await requirePageUser("/admin");
  if (!authorizeGlobal(user, "admin.home").ok) forbidden();
  const db = getDb();
  const { year: yearParam } = await searchParams;
  // ?year= looks at another edition; an unknown or malformed year shows the current one.
  const chosenYear = typeof yearParam === "string" ? parseYearParam(yearParam) : undefined;
  const current = (chosenYear !== undefined ? await getCurrentEdition({ db, year: chosenYear }) : undefined) ?? (await getCurrentEdition({ db }));
  const [editions, counts] = await Promise.all([listEditionsWithCounts({ db }), getAttentionCounts({ db, viewer: user, edition: current })]);
  const items = listAttentionItems(counts, current?.year);
  return (
    <div className="space-y-8">
      <PageHeader title="Secretariat" description="The edition under way, what needs your attention, and every edition of the award.">
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href="/admin/editions/new" className="font-medium text-brand-700 hover:underline">
            New edition
          </Link>
          <Link href="/admin/people" className="font-medium text-brand-700 hover:underline">
            People
          </Link>
          <Link href="/admin/outbox" className="font-medium text-brand-700 hover:underline">
            Outbox
          </Link>
          <Link href="/admin/audit" className="font-medium text-brand-700 hover:underline">
            Audit trail
          </Link>
          <Link href="/admin/import" className="font-medium text-brand-700 hover:underline">
            Import an edition
          </Link>
        </div>
      </PageHeader>
      {current && (
        <CurrentEditionCard
          edition={current}
          next={getNextDeadline(current, current.now)}
          years={editions.map((e) => e.year)}
          isChosen={chosenYear === current.year}
        />
      )}
      <section aria-labelledby="attention-heading" className="space-y-3">
        <h2 id="attention-heading" className="text-lg font-semibold">
          What needs your attention
        </h2>
        <AttentionList items={items} />
      </section>
      <section aria-labelledby="editions-heading" className="space-y-3">
        <h2 id="editions-heading" className="text-lg font-semibold">
          Editions
        </h2>
        {editions.length === 0 ? (
          <EmptyState title="No editions yet">An edition appears here once it has been created.</EmptyState>
        ) : (
          <EditionsTable editions={editions} />
        )}
      </section>
    </div>
  );
}
