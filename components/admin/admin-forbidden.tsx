import { AccessRefused } from "@/components/ui/access-refused";

/** Shown instead of any secretariat page to a signed-in person who is not an admin; it carries no data. */
export function AdminForbidden() {
  return (
    <AccessRefused title="Not allowed" description="Error 403: this area is for the secretariat only.">
        You are signed in, but your account does not have access to the secretariat area. If you think it should, ask the
        secretariat to give you the admin role.
    </AccessRefused>
  );
}
