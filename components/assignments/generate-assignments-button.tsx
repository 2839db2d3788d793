"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/actions/result";
import type { EditionJuryInput } from "@/lib/validation/assignments";

export interface GenerationResult {
  added: number;
  removed: number;
  kept: number;
  total: number;
  shortfallCount: number;
}

function describe(result: GenerationResult): string {
  const text = `Assignments generated: ${result.added} added, ${result.removed} removed, ${result.kept} kept (${result.total} in all).`;
  if (result.shortfallCount === 0) return text;
  return `${text} ${result.shortfallCount} ${result.shortfallCount === 1 ? "dossier has" : "dossiers have"} fewer eligible jurors than asked.`;
}

/** "Generate assignments", after a confirmation that says what is replaced and what is kept. */
export function GenerateAssignmentsButton({
  editionId,
  year,
  action,
}: {
  editionId: number;
  year: number;
  action: (input: EditionJuryInput) => Promise<ActionResult<GenerationResult>>;
}) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [result, setResult] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  function onClick() {
    const question =
      `Generate the assignments of ${year} with the saved settings? Automatic assignments without a score sheet are replaced; ` +
      "manual assignments, assignments with a score sheet and own-country conflicts are kept.";
    if (!window.confirm(question)) return;
    setResult(null);
    startTransition(async () => {
      const outcome = await action({ editionId });
      setResult(outcome.ok ? { tone: "success", text: describe(outcome.data) } : { tone: "error", text: outcome.message });
      if (outcome.ok) router.refresh();
    });
  }

  return (
    <div className="space-y-3">
      <Button type="button" onClick={onClick} disabled={isPending}>
        {isPending ? "Generating…" : "Generate assignments"}
      </Button>
      {result && <Notice tone={result.tone}>{result.text}</Notice>}
    </div>
  );
}
