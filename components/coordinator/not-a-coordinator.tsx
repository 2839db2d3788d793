import { useTranslations } from "next-intl";
import { AccessRefused } from "@/components/ui/access-refused";

/** What a signed-in person who coordinates no country sees instead of the coordinator area: no data, a way out. */
export function NotACoordinator() {
  const t = useTranslations("coordinator");
  return (
    <AccessRefused title={t("notCoordinatorTitle")} description={t("notCoordinatorDescription")}>
      {t("notCoordinatorBody")}
    </AccessRefused>
  );
}

/** Whether the person coordinates some country in some edition (the entry test for the coordinator area). */
export function isCoordinator(user: { memberships: readonly { role: string; countryCode: string | null }[] }): boolean {
  return user.memberships.some((m) => m.role === "coordinator" && m.countryCode !== null);
}
