"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { CountryLabel } from "@/components/public/country-label";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import { moveItem, shuffleItems, type CeremonyMode, type ShowNominee } from "@/lib/domain/ceremony";
import type { SaveNomineeOrderInput } from "@/lib/validation/ceremony";

/** The order in which the nominees step lists them: move each up or down, or shuffle, then save. */
export function NomineeOrderEditor({
  editionId,
  mode,
  version,
  nominees,
  action,
}: {
  editionId: number;
  mode: CeremonyMode;
  version: number;
  nominees: ShowNominee[];
  action: (input: SaveNomineeOrderInput) => Promise<ActionResult<{ version: number }>>;
}) {
  const router = useRouter();
  const t = useTranslations("resultAdmin.order");
  const tPage = useTranslations("resultAdmin.ceremonyPage");
  const [order, setOrder] = useState(nominees);
  const [isPending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const isChanged = order.some((n, i) => n.nominationId !== nominees[i]?.nominationId);

  function save() {
    setMessage(null);
    startTransition(async () => {
      const result = await action({ editionId, mode, version, order: order.map((n) => n.nominationId) });
      setMessage(result.ok ? { tone: "success", text: t("saved") } : { tone: "error", text: result.message });
      router.refresh();
    });
  }

  if (nominees.length === 0) return <p className="text-sm text-slate-600">{t("none")}</p>;
  return (
    <div className="space-y-3">
      <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label={tPage("nomineeOrder")}>
        {order.map((nominee, index) => (
          <li key={nominee.nominationId} className="flex flex-wrap items-center gap-3 px-4 py-2">
            <span className="w-6 text-right font-semibold text-slate-500">{index + 1}.</span>
            <span className="min-w-0 flex-1">
              <span className="font-semibold text-slate-900">
                <CountryLabel code={nominee.country.code} name={nominee.country.name} />
              </span>{" "}
              <span className="text-slate-700">— {nominee.title}</span>
            </span>
            <span className="flex gap-2">
              <Button
                type="button"
                variant="secondary"
                className="px-2 py-1"
                aria-label={t("moveUp", { country: nominee.country.name })}
                disabled={index === 0}
                onClick={() => setOrder((current) => moveItem(current, index, -1))}
              >
                {t("up")}
              </Button>
              <Button
                type="button"
                variant="secondary"
                className="px-2 py-1"
                aria-label={t("moveDown", { country: nominee.country.name })}
                disabled={index === order.length - 1}
                onClick={() => setOrder((current) => moveItem(current, index, 1))}
              >
                {t("down")}
              </Button>
            </span>
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="secondary" onClick={() => setOrder((current) => shuffleItems(current))} disabled={isPending}>
          {t("shuffle")}
        </Button>
        <Button type="button" onClick={save} disabled={isPending || !isChanged}>
          {isPending ? t("saving") : t("save")}
        </Button>
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
    </div>
  );
}
