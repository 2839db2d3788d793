import { useTranslations } from "next-intl";
import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { AttentionItem } from "@/lib/admin-home/attention";

/** What needs the secretariat's attention, each item a count with a link to the page that fixes it. */
export function AttentionList({ items }: { items: readonly AttentionItem[] }) {
  const t = useTranslations("editionsAdmin.attention");
  if (items.length === 0) {
    return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  }
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" data-testid="attention-list">
      {items.map((item) => (
        <li key={item.key} className="flex flex-wrap items-center justify-between gap-3 p-4">
          <p>
            <span className="mr-2 inline-block min-w-8 rounded-full bg-amber-100 px-2 py-0.5 text-center font-semibold text-amber-900">{item.count}</span>
            {item.text}
          </p>
          <Link href={item.href} className="text-sm font-medium text-brand-700 hover:underline">
            {item.action}
          </Link>
        </li>
      ))}
    </ul>
  );
}
