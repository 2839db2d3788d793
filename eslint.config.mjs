import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * The interface's words all come from the catalogue (messages/): English written straight into JSX is an error, so
 * no untranslated text slips back in (docs/languages.md).
 */
const TRANSLATED = ["app/**/*.tsx", "components/**/*.tsx"];

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
