import { INPUT_CLASS } from "@/components/ui/field";
import { CONFLICT_CHOICE_LIMIT } from "@/lib/jury/conflict-queries";

interface Props {
  path: string;
  jurorSearch?: string;
  dossierSearch?: string;
  jurorCount: number;
  dossierCount: number;
}

function describeChoices(count: number, one: string, many: string): string {
  return count > CONFLICT_CHOICE_LIMIT ? `the first ${CONFLICT_CHOICE_LIMIT} of ${count} ${many}` : `${count} ${count === 1 ? one : many}`;
}

/** Narrows the add-conflict form's juror and dossier lists: a plain GET form, so the searches live in the URL. */
export function ConflictChoiceSearch({ path, jurorSearch, dossierSearch, jurorCount, dossierCount }: Props) {
  return (
    <form method="get" action={path} role="search" aria-label="Find a juror and a dossier" className="grid gap-3 sm:grid-cols-3 sm:items-end">
      <div>
        <label htmlFor="conflict-juror-search" className="block text-sm font-semibold text-slate-800">
          Find a juror (name, email or country)
        </label>
        <input id="conflict-juror-search" name="juror" type="search" defaultValue={jurorSearch} className={INPUT_CLASS} />
      </div>
      <div>
        <label htmlFor="conflict-dossier-search" className="block text-sm font-semibold text-slate-800">
          Find a dossier (title or country)
        </label>
        <input id="conflict-dossier-search" name="dossier" type="search" defaultValue={dossierSearch} className={INPUT_CLASS} />
      </div>
      <button type="submit" className="justify-self-start rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
        Find
      </button>
      <p className="text-sm text-slate-600 sm:col-span-3">
        The form below offers {describeChoices(jurorCount, "juror", "jurors")} and {describeChoices(dossierCount, "dossier", "dossiers")}.
      </p>
    </form>
  );
}
