import { countWords } from "@/lib/domain/word-count";

/**
 * "120 of 600 words", in red and with the excess spelled out once the text is over its limit: the draft keeps
 * the text as it is, and only submitting asks for it to be shortened.
 */
export function WordCounter({ id, text, limit, subject }: { id: string; text: string; limit: number; subject: string }) {
  const words = countWords(text);
  const isOver = words > limit;
  return (
    <>
      <p id={id} className={`text-sm ${isOver ? "font-semibold text-red-700" : "text-slate-600"}`}>
        {words} of {limit} words{isOver ? ` — ${words - limit} over the limit` : ""}
      </p>
      {isOver && <p className="text-sm text-red-800">Saved in the draft as it is; shorten it before you submit.</p>}
      {/* Announces only crossing the limit, not every keystroke's count. */}
      <span className="sr-only" aria-live="polite">
        {isOver ? `${subject} is over the limit of ${limit} words.` : ""}
      </span>
    </>
  );
}
