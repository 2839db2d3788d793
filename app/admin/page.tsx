import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminHome"))("title") };
}

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
  const t = await getTranslations("adminHome");
  // The items say their count in the page's language; their links stay as the list builds them.
  const items = listAttentionItems(counts, current?.year).map((item) => ({
    ...item,
    text: t(`items.${item.key}.text`, { count: item.count }),
    action: t(`items.${item.key}.action`),
  }));
  return (
    <div className="space-y-8">
      <PageHeader title={t("title")} description={t("description")}>
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href="/admin/editions/new" className="font-medium text-brand-700 hover:underline">
            {t("newEdition")}
          </Link>
          <Link href="/admin/people" className="font-medium text-brand-700 hover:underline">
            {t("people")}
          </Link>
          <Link href="/admin/outbox" className="font-medium text-brand-700 hover:underline">
            {t("outbox")}
          </Link>
          <Link href="/admin/audit" className="font-medium text-brand-700 hover:underline">
            {t("audit")}
          </Link>
          <Link href="/admin/import" className="font-medium text-brand-700 hover:underline">
            {t("import")}
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
          {t("attention")}
        </h2>
        <AttentionList items={items} />
      </section>
      <section aria-labelledby="editions-heading" className="space-y-3">
        <h2 id="editions-heading" className="text-lg font-semibold">
          {t("editions")}
        </h2>
        {editions.length === 0 ? (
          <EmptyState title={t("noEditions")}>{t("noEditionsHint")}</EmptyState>
        ) : (
          <EditionsTable editions={editions} />
        )}
      </section>
    </div>
  );
}
