"use client";

import "./globals.css";
import { PageError } from "@/components/errors/page-error";

// The root layout itself failed (it reads the visitor's language, which may need the database), so no message
// catalogue is at hand: the page says it in both languages.
const TEXT = {
  kicker: "Service momentarily unavailable · Service momentanément indisponible",
  title: "Please try again · Veuillez réessayer",
  body:
    "The page could not be shown, most likely because the service was unavailable for a moment. Nothing you saved is lost. " +
    "La page n’a pas pu s’afficher, sans doute parce que le service était indisponible un instant. Rien de ce que vous avez enregistré n’est perdu.",
  retry: "Try again · Réessayer",
  home: "Home page · Accueil",
  errorId: (digest: string) => `Error id · Identifiant de l’erreur : ${digest}`,
};

/** The last resort when even the root layout could not render: its own document, in both languages. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8">
          <PageError text={TEXT} digest={error.digest} onRetry={reset} />
        </main>
      </body>
    </html>
  );
}
