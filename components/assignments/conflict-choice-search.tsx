import { useTranslations } from "next-intl";
import { INPUT_CLASS } from "@/components/ui/field";
import { CONFLICT_CHOICE_LIMIT } from "@/lib/jury/conflict-queries";

interface Props {
  path: string;
  jurorSearch?: string;
  dossierSearch?: string;
  jurorCount: number;
  dossierCount: number;
}

/** Narrows the add-conflict form's juror and dossier lists: a plain GET form, so the searches live in the URL. */
export function ConflictChoiceSearch({ path, jurorSearch, dossierSearch, jurorCount, dossierCount }: Props) {
  const t = useTranslations("juryAdmin.choices");
  const jurors = jurorCount > CONFLICT_CHOICE_LIMIT ? t("firstJurors", { limit: CONFLICT_CHOICE_LIMIT, count: jurorCount }) : t("jurors", { count: jurorCount });
  const dossiers = dossierCount > CONFLICT_CHOICE_LIMIT ? t("firstDossiers", { limit: CONFLICT_CHOICE_LIMIT, count: dossierCount }) : t("dossiers", { count: dossierCount });
  return (
    <form method="get" action={path} role="search" aria-label={t("label")} className="grid gap-3 sm:grid-cols-3 sm:items-end">
      <div>
        <label htmlFor="conflict-juror-search" className="block text-sm font-semibold text-slate-800">
          {t("jurorSearch")}
        </label>
        <input id="conflict-juror-search" name="juror" type="search" defaultValue={jurorSearch} className={INPUT_CLASS} />
      </div>
      <div>
        <label htmlFor="conflict-dossier-search" className="block text-sm font-semibold text-slate-800">
          {t("dossierSearch")}
        </label>
        <input id="conflict-dossier-search" name="dossier" type="search" defaultValue={dossierSearch} className={INPUT_CLASS} />
      </div>
      <button type="submit" className="justify-self-start rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
        {t("submit")}
      </button>
      <p className="text-sm text-slate-600 sm:col-span-3">
        {t("offers", { jurors, dossiers })}
      </p>
    </form>
  );
}
