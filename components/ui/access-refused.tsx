import Link from "next/link";
import { useTranslations } from "next-intl";
import { Notice } from "./notice";
import { PageHeader } from "./page-header";

/** Shown instead of a page the signed-in person may not open: it says why and carries no data. */
export function AccessRefused({ title, description, children }: { title: string; description: string; children: React.ReactNode }) {
  const t = useTranslations("common");
  return (
    <div>
      <PageHeader title={title} description={description} />
      <Notice tone="error">{children}</Notice>
      <p className="mt-6">
        <Link href="/" className="font-medium text-brand-700 hover:underline">
          {t("backHome")}
        </Link>
      </p>
    </div>
  );
}
