import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The parts of the interface whose words all come from the catalogue (messages/): there, English written straight
 * into JSX is an error, so no untranslated text slips back in. Each area joins the list when it is translated.
 */
const TRANSLATED = [
  "app/layout.tsx",
  "app/error.tsx",
  "app/global-error.tsx",
  "app/(public)/page.tsx",
  "app/(public)/archive/**",
  "app/(public)/results/**",
  "app/signin/**",
  "app/signout/**",
  "components/i18n/**",
  "app/coordinator/**",
  "app/invitation/**",
  "app/password/**",
  "app/welcome/**",
  "components/coordinator/**",
  "components/account/**",
  "components/people/set-password-form.tsx",
  "components/people/forgot-password-form.tsx",
];

// Signs and punctuation that read the same in every language.
const NEUTRAL_STRINGS = ["·", "—", "–", "(", ")", ":", "/", "%", "×", "…", "→", "←", "↑", "↓", "|", "#", "*", "+", "-", ",", ".", "«", "»", "“", "”", "‘", "’", "✓", "✗", "★"];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: [".next/**", ".next-e2e/**", "node_modules/**", ".data/**", "db/migrations/**", "playwright-report/**", "test-results/**", "next-env.d.ts"] },
  {
    files: TRANSLATED,
    rules: { "react/jsx-no-literals": ["error", { noStrings: true, ignoreProps: true, allowedStrings: NEUTRAL_STRINGS }] },
  },
];

export default config;
