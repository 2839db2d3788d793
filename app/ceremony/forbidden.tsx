import { AdminForbidden } from "@/components/admin/admin-forbidden";

/** What forbidden() renders for the ceremony's rehearsal, a secretariat screen, with status 403. */
export default function CeremonyForbiddenPage() {
  return <AdminForbidden />;
}
