import Link from "next/link";
import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";

/** Shown instead of the deliberation to anyone who is not this edition's jury chair; it carries no data. */
export function NotTheChair() {
  const t = useTranslations("deliberation.notChair");
  return (
    <div>
      <PageHeader title={t("title")} description={t("description")} />
      <Notice tone="error">{t("body")}</Notice>
      <p className="mt-6">
        <Link href="/jury" className="font-medium text-brand-700 hover:underline">
          {t("back")}
        </Link>
      </p>
    </div>
  );
}
