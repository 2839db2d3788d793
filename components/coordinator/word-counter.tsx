import { useTranslations } from "next-intl";
import { countWords } from "@/lib/domain/word-count";

/**
 * "120 of 600 words", in red and with the excess spelled out once the text is over its limit: the draft keeps
 * the text as it is, and only submitting asks for it to be shortened.
 */
export function WordCounter({ id, text, limit, subject }: { id: string; text: string; limit: number; subject: string }) {
  const t = useTranslations("dossierForm.wordCounter");
  const words = countWords(text);
  const isOver = words > limit;
  return (
    <>
      <p id={id} className={`text-sm ${isOver ? "font-semibold text-red-700" : "text-slate-600"}`}>
        {isOver ? t("countOver", { words, limit, over: words - limit }) : t("count", { words, limit })}
      </p>
      {isOver && <p className="text-sm text-red-800">{t("keptInDraft")}</p>}
      {/* Announces only crossing the limit, not every keystroke's count. */}
      <span className="sr-only" aria-live="polite">
        {isOver ? t("overAnnounced", { subject, limit }) : ""}
      </span>
    </>
  );
}
