import Link from "next/link";
import { useTranslations } from "next-intl";

/**
 * The way on after this dossier: the next one not yet submitted, or word that every dossier is scored.
 * `next` comes from getNextUnfinishedDossierForJuror (findNextUnfinishedDossier's rule, in SQL).
 */
export function NextDossierLink({ next, isCurrentSubmitted }: { next: { id: string; title: string } | undefined; isCurrentSubmitted: boolean }) {
  const t = useTranslations("scoreSheet.next");
  if (next) {
    return (
      <Link
        href={`/jury/nominations/${next.id}`}
        className="inline-flex items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-900"
      >
        {t("next", { title: next.title })} →
      </Link>
    );
  }
  if (isCurrentSubmitted) {
    return (
      <p className="text-sm font-semibold text-green-900">
        {t("allScored")}{" "}
        <Link href="/jury" className="font-medium text-brand-700 hover:underline">
          {t("back")}
        </Link>
      </p>
    );
  }
  return <p className="text-sm text-slate-700">{t("last")}</p>;
}
