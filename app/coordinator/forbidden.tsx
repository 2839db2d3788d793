import { NotACoordinator } from "@/components/coordinator/not-a-coordinator";

/** What forbidden() renders in the coordinator area, with status 403. */
export default function CoordinatorForbiddenPage() {
  return <NotACoordinator />;
}
