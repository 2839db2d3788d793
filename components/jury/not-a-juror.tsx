import { AccessRefused } from "@/components/ui/access-refused";

/** What a signed-in person who sits on no jury sees instead of the jury area: no data, a way out. */
export function NotAJuror() {
  return (
    <AccessRefused title="Jury area not available" description="You are signed in, but not as a member of a jury.">
        Only jurors of an edition can open the jury area. If you should be on a jury, ask the secretariat to add you.
    </AccessRefused>
  );
}
