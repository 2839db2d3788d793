import { useTranslations } from "next-intl";
import { AccessRefused } from "@/components/ui/access-refused";

/** Shown instead of any secretariat page to a signed-in person who is not an admin; it carries no data. */
export function AdminForbidden() {
  const t = useTranslations("adminHome.forbidden");
  return (
    <AccessRefused title={t("title")} description={t("description")}>
      {t("body")}
    </AccessRefused>
  );
}
