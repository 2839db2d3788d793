import { useTranslations } from "next-intl";
import { AccessRefused } from "@/components/ui/access-refused";

/** What a signed-in person who sits on no jury sees instead of the jury area: no data, a way out. */
export function NotAJuror() {
  const t = useTranslations("jury");
  return (
    <AccessRefused title={t("notJurorTitle")} description={t("notJurorDescription")}>
      {t("notJurorBody")}
    </AccessRefused>
  );
}
