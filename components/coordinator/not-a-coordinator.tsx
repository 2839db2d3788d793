import { AccessRefused } from "@/components/ui/access-refused";

/** What a signed-in person who coordinates no country sees instead of the coordinator area: no data, a way out. */
export function NotACoordinator() {
  return (
    <AccessRefused title="Not a coordinator" description="Error 403: this area is for national coordinators only.">
        You are signed in, but your account is not a national coordinator of any country, so you cannot prepare or
        submit nominations. If you should be one, ask the secretariat to add you as your country&apos;s coordinator.
    </AccessRefused>
  );
}

/** Whether the person coordinates some country in some edition (the entry test for the coordinator area). */
export function isCoordinator(user: { memberships: readonly { role: string; countryCode: string | null }[] }): boolean {
  return user.memberships.some((m) => m.role === "coordinator" && m.countryCode !== null);
}
