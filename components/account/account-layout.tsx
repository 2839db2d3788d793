import { getLocale } from "next-intl/server";
import { ServerTextProvider } from "@/components/i18n/server-text-provider";
import { SignedInLayout } from "@/components/page-frame";
import { getClientServerTexts } from "@/lib/i18n/server-text-catalogue";

/**
 * The pages of one's own account (invitation, password, welcome): the signed-in header, and the translations of
 * the validation messages their password forms check in the browser. Their client messages come with the root's.
 */
export async function AccountLayout({ children }: { children: React.ReactNode }) {
  return (
    <ServerTextProvider catalogue={getClientServerTexts(await getLocale())}>
      <SignedInLayout>{children}</SignedInLayout>
    </ServerTextProvider>
  );
}
