import { NotAJuror } from "@/components/jury/not-a-juror";

/** What forbidden() renders in the jury area, with status 403. */
export default function JuryForbiddenPage() {
  return <NotAJuror />;
}
