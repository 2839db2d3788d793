import { AreaMessages } from "@/components/i18n/area-messages";
import { SignedInLayout } from "@/components/page-frame";

// The signed-in header, rendered with the session on the server (see components/page-frame.tsx), and the messages
// this area's client components use (lib/i18n/client-messages).
export default function CoordinatorLayout({ children }: { children: React.ReactNode }) {
  return (
    <AreaMessages area="coordinator">
      <SignedInLayout>{children}</SignedInLayout>
    </AreaMessages>
  );
}
