"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog; hidden on paper itself. */
export function PrintButton() {
  const t = useTranslations("dossierView");
  return (
    <Button type="button" className="no-print" onClick={() => window.print()}>
      {t("print")}
    </Button>
  );
}
