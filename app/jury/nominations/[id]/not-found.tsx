import Link from "next/link";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";

/** Shown for a dossier that does not exist and for one the juror may not see alike, so neither is revealed. */
export default function JuryDossierNotFound() {
  const t = useTranslations("jury.dossier");
  return (
    <EmptyState title={t("notFoundTitle")}>
      <p>{t("notFoundBody")}</p>
      <p className="mt-3">
        <Link href="/jury" className="font-medium text-brand-700 hover:underline">
          {t("backToDossiers")}
        </Link>
      </p>
    </EmptyState>
  );
}
