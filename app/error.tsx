"use client";

import { useTranslations } from "next-intl";
import { PageError } from "@/components/errors/page-error";

/**
 * Any page whose render failed, inside the root layout (so in the visitor's language): a clear "try again", not the
 * framework's bare error text. The status stays 500; the error id is the digest the server logged.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPage");
  return (
    <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8">
      <PageError
        text={{ kicker: t("kicker"), title: t("title"), body: t("body"), retry: t("retry"), home: t("home"), errorId: (digest) => t("errorId", { digest }) }}
        digest={error.digest}
        onRetry={reset}
      />
    </main>
  );
}
