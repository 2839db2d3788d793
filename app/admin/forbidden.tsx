import { AdminForbidden } from "@/components/admin/admin-forbidden";

/** What forbidden() renders in the secretariat area, with status 403. */
export default function AdminForbiddenPage() {
  return <AdminForbidden />;
}
