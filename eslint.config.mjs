import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: [".next/**", ".next-e2e/**", "node_modules/**", ".data/**", "db/migrations/**", "playwright-report/**", "test-results/**", "next-env.d.ts"] },
];

export default config;
