/**
 * The access matrix's data (tests/e2e/access-matrix.spec.ts): six editions of its own, 2000–2005, one per phase,
 * each with a competing dossier from country A in the state its phase implies, and one account per kind of caller.
 */
import { createHash, randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { and, eq, sql } from "drizzle-orm";
import type { Database, Executor } from "../../../db/client";
import {
  accountTokens,
  annexes,
  assignments,
  awards,
  ceremonies,
  editions,
  mailOutbox,
  memberships,
  nominations,
  scoreSheets,
  scores,
  users,
  type NominationState,
} from "../../../db/schema";
import { ensureCriteria, ensurePrizes, type SeededCriterion } from "../../../db/seed/ensure";
import { hashPassword } from "../../../lib/auth/password";
import { getEnv } from "../../../lib/env";
import { hashToken } from "../../../lib/people/account-tokens";
import { getSessionUser } from "../../../lib/people/queries";
import { freezeResult } from "../../../lib/results/freeze";
import { getFileStorage } from "../../../lib/storage";
import {
  getMarker,
  getMatrixWorldPath,
  MATRIX_ANNEX_NAME,
  MATRIX_COUNTRIES,
  MATRIX_EMAILS,
  MATRIX_INVITATION_TOKEN,
  MATRIX_PASSWORD,
  MATRIX_PHASES,
  MATRIX_YEARS,
  type MatrixPhase,
  type MatrixWorld,
} from "../support/access-matrix-data";

const DAY = "interval '1 day'";

/** The dossier's state in each phase: a draft while it can still be written, then submitted, accepted, awarded. */
const DOSSIER_STATE: Record<MatrixPhase, NominationState> = {
  draft: "draft",
  nominations_open: "draft",
  eligibility: "submitted",
  jury_scoring: "accepted",
  deliberation: "accepted",
  published: "awarded",
};

/** Deadlines relative to the database clock, in days: open phases in the future, closed ones in the past. */
const DEADLINES: Record<MatrixPhase, { submission: number; jury: number }> = {
  draft: { submission: 14, jury: 28 },
  nominations_open: { submission: 14, jury: 28 },
  eligibility: { submission: -1, jury: 28 },
  jury_scoring: { submission: -10, jury: 20 },
  deliberation: { submission: -30, jury: -5 },
  published: { submission: -40, jury: -20 },
};

// A tiny valid PDF whose text carries no marker: the annex shows whether its bytes reach a caller, by status.
const ANNEX_PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "latin1");

async function createAccount(db: Executor, email: string, name: string, passwordHash: string, isActive = true): Promise<number> {
  const [row] = await db.insert(users).values({ email, name, passwordHash, isActive }).returning({ id: users.id });
  return row!.id;
}

async function createEdition(db: Executor, phase: MatrixPhase): Promise<number> {
  const year = MATRIX_YEARS[phase];
  const deadlines = DEADLINES[phase];
  const [row] = await db
    .insert(editions)
    .values({
      year,
      theme: `Access matrix theme ${year}`,
      presidencyCountryCode: MATRIX_COUNTRIES.B,
      // The published edition is created in deliberation so its result can be sealed first, as in real life.
      phase: phase === "published" ? "deliberation" : phase,
      submissionDeadline: sql`now() + ${sql.raw(String(deadlines.submission))} * ${sql.raw(DAY)}`,
      juryDeadline: sql`now() + ${sql.raw(String(deadlines.jury))} * ${sql.raw(DAY)}`,
      ceremonyStartsOn: `${year}-12-04`,
      ceremonyPlace: "Matrix city",
      assignmentMode: "per_dossier",
      jurorsPerDossier: 1,
      juryClosedAt: phase === "deliberation" || phase === "published" ? sql`now() - ${sql.raw(DAY)}` : null,
    })
    .returning({ id: editions.id });
  return row!.id;
}

async function createDossier(db: Executor, editionId: number, phase: MatrixPhase, createdBy: number): Promise<string> {
  const state = DOSSIER_STATE[phase];
  const [row] = await db
    .insert(nominations)
    .values({
      editionId,
      countryCode: MATRIX_COUNTRIES.A,
      kind: "competing",
      state,
      title: `Matrix dossier ${getMarker("title", phase)}`,
      organisation: "Matrix organisation",
      contactName: "Matrix Contact",
      contactEmail: getMarker("contact", phase),
      contactPhone: "+385 1 234 5678",
      startDate: "2040-01-01",
      description: "A project made up for the access matrix.",
      answerPrevention: `Prevention answer ${getMarker("answer", phase)}`,
      answerEvaluation: "Evaluation answer.",
      answerInnovation: "Innovation answer.",
      answerPartners: "Partners answer.",
      answerReplication: "Replication answer.",
      reference: `ECPA-${MATRIX_YEARS[phase]}-${MATRIX_COUNTRIES.A}`,
      submittedAt: state === "draft" ? null : sql`now() - ${sql.raw(DAY)}`,
      createdBy,
    })
    .returning({ id: nominations.id });
  return row!.id;
}

async function createSheet(
  db: Executor,
  sheet: { editionId: number; nominationId: string; jurorUserId: number; phase: MatrixPhase; rubric: SeededCriterion[] },
) {
  const isSubmitted = sheet.phase !== "jury_scoring";
  const [row] = await db
    .insert(scoreSheets)
    .values({
      editionId: sheet.editionId,
      nominationId: sheet.nominationId,
      jurorUserId: sheet.jurorUserId,
      state: isSubmitted ? "submitted" : "draft",
      submittedAt: isSubmitted ? sql`now() - ${sql.raw(DAY)}` : null,
      overallComment: `Overall ${getMarker("comment", sheet.phase)}`,
    })
    .returning({ id: scoreSheets.id });
  await db.insert(scores).values(
    sheet.rubric.map((criterion) => ({
      sheetId: row!.id,
      criterionId: criterion.id,
      scaleMin: criterion.scaleMin,
      scaleMax: criterion.scaleMax,
      value: 7,
      comment: `Criterion ${criterion.position} ${getMarker("comment", sheet.phase)}`,
    })),
  );
}

export default async function seedAccessMatrix(db: Database): Promise<void> {
  const passwordHash = await hashPassword(MATRIX_PASSWORD);
  const storage = getFileStorage();

  const world = { editions: {}, outboxMessageId: 0, userIds: {} } as MatrixWorld;
  const adminId = await db.transaction(async (tx) => {
    const ids: Record<keyof typeof MATRIX_EMAILS, number> = {
      coordinatorOwn: await createAccount(tx, MATRIX_EMAILS.coordinatorOwn, "Matrix Coordinator A", passwordHash),
      coordinatorOther: await createAccount(tx, MATRIX_EMAILS.coordinatorOther, "Matrix Coordinator B", passwordHash),
      jurorAssigned: await createAccount(tx, MATRIX_EMAILS.jurorAssigned, "Matrix Juror B", passwordHash),
      jurorOwnCountry: await createAccount(tx, MATRIX_EMAILS.jurorOwnCountry, "Matrix Juror A", passwordHash),
      jurorUnassigned: await createAccount(tx, MATRIX_EMAILS.jurorUnassigned, "Matrix Juror C", passwordHash),
      chair: await createAccount(tx, MATRIX_EMAILS.chair, "Matrix Chair D", passwordHash),
      admin: await createAccount(tx, MATRIX_EMAILS.admin, "Matrix Secretariat", passwordHash),
      // Disabled after it coordinated country A: its old session must open nothing.
      disabled: await createAccount(tx, MATRIX_EMAILS.disabled, "Matrix Disabled Coordinator A", passwordHash, false),
    };
    await tx.insert(memberships).values([
      { userId: ids.admin, role: "admin" },
      { userId: ids.coordinatorOwn, role: "coordinator", countryCode: MATRIX_COUNTRIES.A },
      { userId: ids.coordinatorOther, role: "coordinator", countryCode: MATRIX_COUNTRIES.B },
      { userId: ids.disabled, role: "coordinator", countryCode: MATRIX_COUNTRIES.A },
    ]);
    const [invited] = await tx.insert(users).values({ email: "matrix.invited@matrix.invalid", name: "Matrix Invited" }).returning({ id: users.id });
    await tx.insert(accountTokens).values({
      userId: invited!.id,
      purpose: "invitation",
      tokenHash: hashToken(MATRIX_INVITATION_TOKEN),
      expiresAt: sql`now() + interval '30 days'`,
    });

    for (const phase of MATRIX_PHASES) {
      const editionId = await createEdition(tx, phase);
      const rubric = await ensureCriteria(tx, editionId);
      await ensurePrizes(tx, editionId);
      await tx.insert(memberships).values([
        { userId: ids.jurorAssigned, role: "juror", editionId, countryCode: MATRIX_COUNTRIES.B },
        { userId: ids.jurorOwnCountry, role: "juror", editionId, countryCode: MATRIX_COUNTRIES.A },
        { userId: ids.jurorUnassigned, role: "juror", editionId, countryCode: MATRIX_COUNTRIES.C },
        { userId: ids.chair, role: "juror", editionId, countryCode: MATRIX_COUNTRIES.D, isChair: true },
      ]);
      const nominationId = await createDossier(tx, editionId, phase, ids.coordinatorOwn);
      const storageKey = `access-matrix-${MATRIX_YEARS[phase]}-${randomUUID()}`;
      await storage.put(storageKey, ANNEX_PDF);
      const [annex] = await tx.insert(annexes).values({
        nominationId,
        storageKey,
        fileName: MATRIX_ANNEX_NAME,
        sizeBytes: ANNEX_PDF.length,
        sha256: createHash("sha256").update(ANNEX_PDF).digest("hex"),
        uploadedBy: ids.coordinatorOwn,
      }).returning({ id: annexes.id });
      if (["jury_scoring", "deliberation", "published"].includes(phase)) {
        await tx.insert(assignments).values({ editionId, jurorUserId: ids.jurorAssigned, nominationId, source: "manual" });
        await createSheet(tx, { editionId, nominationId, jurorUserId: ids.jurorAssigned, phase, rubric });
      }
      if (phase === "deliberation" || phase === "published") {
        await tx.insert(awards).values({ editionId, rank: 1, nominationId, prize: "EUR 10,000", juryReason: "The matrix's winner." });
        // The live show: at its title in deliberation, at its end once published; the rehearsal has run ahead.
        await tx.insert(ceremonies).values([
          { editionId, mode: "live", step: phase === "published" ? 2 : 0, nomineeOrder: [nominationId], startedBy: ids.admin },
          { editionId, mode: "rehearsal", step: 2, nomineeOrder: [nominationId], startedBy: ids.admin },
        ]);
      }
      const findRole = async (userId: number) =>
        (await tx.select({ id: memberships.id }).from(memberships).where(and(eq(memberships.userId, userId), eq(memberships.editionId, editionId))))[0]!.id;
      world.editions[phase] = {
        id: editionId,
        year: MATRIX_YEARS[phase],
        nominationId,
        annexId: annex!.id,
        chairMembershipId: await findRole(ids.chair),
        jurorMembershipId: await findRole(ids.jurorAssigned),
        criterionIds: rubric.map((criterion) => criterion.id),
      };
    }
    const [message] = await tx
      .insert(mailOutbox)
      .values({ kind: "matrix", toAddress: getMarker("contact", "eligibility"), subject: "Matrix message", body: `Body ${getMarker("answer", "eligibility")}` })
      .returning({ id: mailOutbox.id });
    world.outboxMessageId = message!.id;
    world.userIds = ids;
    return ids.admin;
  });

  // The published edition's result is sealed by the secretariat's own function, then published.
  const admin = await getSessionUser({ db, userId: adminId });
  const [published] = await db.select({ id: editions.id }).from(editions).where(eq(editions.year, MATRIX_YEARS.published));
  await freezeResult({ db, user: admin!, editionId: published!.id });
  await db.update(editions).set({ phase: "published", publishedAt: sql`now() - interval '1 hour'` }).where(eq(editions.id, published!.id));
  writeFileSync(getMatrixWorldPath(getEnv().DATA_DIR), JSON.stringify(world, null, 2));
}
