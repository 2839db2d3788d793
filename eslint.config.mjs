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
  "app/ceremony/**",
  "app/admin/editions/[[]year]/ceremony/**",
  "app/admin/editions/[[]year]/result/**",
  "app/admin/editions/[[]year]/certificates/**",
  "app/(public)/practices/**",
  "app/(public)/privacy/**",
  "app/(public)/accessibility/**",
  "app/(public)/verify/**",
  "app/(public)/not-found.tsx",
  "app/(public)/opengraph-image.tsx",
  "app/not-found.tsx",
  "app/forbidden.tsx",
  "components/ceremony/**",
  "components/result-seal/**",
  "components/public/practice-filters.tsx",
  "components/public/practice-list.tsx",
  "components/public/entry-list.tsx",
  "components/public/verify-snapshot.tsx",
  "components/public/outcome-badge.tsx",
  "components/public/country-flag.tsx",
  "components/public/country-label.tsx",
  "components/public/notice-section.tsx",
  "components/public/page-not-found.tsx",
  "components/public/results-og-image.tsx",
  "components/admin/awards-form.tsx",
  "components/admin/awards-list.tsx",
  "components/ui/**",
  "components/page-frame.tsx",
  "components/header-account-loader.tsx",
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
