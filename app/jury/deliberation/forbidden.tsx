import { NotTheChair } from "@/components/deliberation/not-the-chair";

/** What forbidden() renders on the chair's deliberation for anyone but the chair, with status 403. */
export default function ChairDeliberationForbiddenPage() {
  return <NotTheChair />;
}
