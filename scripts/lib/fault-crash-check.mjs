// After the crash run, with the database back: every acknowledged write is looked up where it must be, values
// compared exactly; duplicates (two audit entries or receipts for one write) and half-written rows are counted.

const CONTENT_COLUMNS = {
  title: "title",
  organisation: "organisation",
  contactName: "contact_name",
  contactEmail: "contact_email",
  contactPhone: "contact_phone",
  startDate: "start_date",
  isOngoing: "is_ongoing",
  endDate: "end_date",
  links: "links",
  description: "description",
  answerPrevention: "answer_prevention",
  answerEvaluation: "answer_evaluation",
  answerInnovation: "answer_innovation",
  answerPartners: "answer_partners",
  answerReplication: "answer_replication",
};

function differingFields(row, content) {
  return Object.entries(CONTENT_COLUMNS)
    .filter(([field, column]) => JSON.stringify(row[column]) !== JSON.stringify(content[field]))
    .map(([field]) => field);
}

const sameMoment = (a, b) => a !== null && b !== null && Math.floor(new Date(a).getTime()) === Math.floor(new Date(b).getTime());

/** Counts per key, from rows of { key, n }. */
const toCounts = (rows) => new Map(rows.map((r) => [r.key, Number(r.n)]));

export async function checkCrashOutcome({ sql, world, acks, landed }) {
  const problems = { lost: [], duplicated: [], halfWritten: [] };
  let found = 0;
  const dossierEdition = world.dossiers.editionId;
  const juryEdition = world.jury.editionId;

  const dossiers = new Map(
    (
      await sql`select id, state, version, reference, submitted_at, title, organisation, contact_name, contact_email, contact_phone,
        start_date::text as start_date, is_ongoing, end_date::text as end_date, links, description, answer_prevention,
        answer_evaluation, answer_innovation, answer_partners, answer_replication
        from nominations where edition_id = ${dossierEdition}`
    ).map((r) => [r.id, r]),
  );
  const submittedAudit = toCounts(
    await sql`select entity_id as key, count(*) as n from audit_events where edition_id = ${dossierEdition} and action = 'nomination.submitted' group by entity_id`,
  );
  const receipts = toCounts(
    await sql`select subject as key, count(*) as n from mail_outbox where edition_id = ${dossierEdition} and kind = 'nomination.receipt' group by subject`,
  );
  const coordinatorsOf = new Map();
  for (const c of world.dossiers.coordinators) coordinatorsOf.set(c.countryCode, (coordinatorsOf.get(c.countryCode) ?? 0) + 1);
  const countryOf = new Map(world.dossiers.coordinators.flatMap((c) => c.dossiers.map((d) => [d.id, c.countryCode])));

  const sheets = new Map(
    (
      await sql`select s.id, s.juror_user_id, s.nomination_id, s.state, s.version, s.overall_comment, s.submitted_at,
        coalesce((select json_object_agg(x.criterion_id, json_build_object('value', x.value, 'comment', x.comment)) from scores x where x.sheet_id = s.id), '{}') as scores
        from score_sheets s where s.edition_id = ${juryEdition}`
    ).map((r) => [`${r.juror_user_id}:${r.nomination_id}`, r]),
  );
  const sheetAudit = new Map();
  for (const row of await sql`select entity_id, action, data from audit_events where edition_id = ${juryEdition} and action in ('sheet.save', 'sheet.submit')`) {
    const key = `${row.entity_id}:${row.action}:${row.data.version}`;
    sheetAudit.set(key, [...(sheetAudit.get(key) ?? []), row.data]);
  }

  // The sheet's last write, acknowledged or landed without its answer: the sheet must hold exactly that.
  const finalSheet = new Map();
  for (const write of [...acks, ...landed].filter((w) => w.type.startsWith("sheet.")).sort((a, b) => a.version - b.version)) {
    finalSheet.set(`${write.jurorUserId}:${write.nominationId}`, write);
  }

  for (const ack of acks) {
    const where = ack.type.startsWith("dossier.") ? `dossier ${ack.id}` : `sheet ${ack.jurorUserId}:${ack.nominationId}`;
    const miss = (why) => problems.lost.push(`${ack.type} of ${where} (version ${ack.version ?? "-"}): ${why}`);
    if (ack.type === "dossier.save") {
      const row = dossiers.get(ack.id);
      // Overwritten by the next save, whose WHERE version = this one proves it was there; the last one is in the submission.
      if (!row || row.version < ack.version) miss(`the dossier is at version ${row?.version}`);
      else found++;
      continue;
    }
    if (ack.type === "dossier.submit") {
      const row = dossiers.get(ack.id);
      const fields = row ? differingFields(row, ack.content) : ["all"];
      const audits = submittedAudit.get(ack.id) ?? 0;
      const mails = receipts.get(`Receipt: ${ack.reference} submitted`) ?? 0;
      const recipients = coordinatorsOf.get(countryOf.get(ack.id));
      if (!row || row.state !== "submitted" || row.reference !== ack.reference || !sameMoment(row.submitted_at, ack.submittedAt)) miss("not submitted as acknowledged");
      else if (fields.length > 0) miss(`submitted with other content (${fields.join(", ")})`);
      else found++;
      if (audits > 1) problems.duplicated.push(`${where}: ${audits} audit entries for one submission`);
      if (mails > recipients) problems.duplicated.push(`${where}: ${mails} receipts for ${recipients} recipient(s)`);
      if (row?.state === "submitted" && (audits === 0 || mails < recipients)) problems.halfWritten.push(`${where}: submitted with ${audits} audit entries and ${mails} receipts`);
      continue;
    }
    // A sheet write: its audit entry (one per save, holding the scores it changed) and, for the last, the sheet itself.
    const row = sheets.get(`${ack.jurorUserId}:${ack.nominationId}`);
    const entries = row ? (sheetAudit.get(`${row.id}:${ack.type}:${ack.version}`) ?? []) : [];
    const changes = entries[0]?.scoreChanges ?? [];
    const wrongChange = changes.find((c) => String(c.after) !== ack.values[`score_${c.criterionId}`]);
    if (!row || row.version < ack.version) miss(`the sheet is at version ${row?.version}`);
    else if (entries.length === 0) miss("no audit entry");
    else if (wrongChange) miss(`the audit entry says criterion ${wrongChange.criterionId} became ${wrongChange.after}`);
    else if (ack === finalSheet.get(`${ack.jurorUserId}:${ack.nominationId}`) && !isSheetAsSent(row, ack, world.jury.rubric)) miss("the sheet holds other values");
    else found++;
    if (entries.length > 1) problems.duplicated.push(`${where}: ${entries.length} audit entries for version ${ack.version}`);
  }

  // Whatever was acknowledged or not: no submitted sheet lacks a score, no submitted dossier lacks its reference.
  for (const row of sheets.values()) {
    if (row.state === "submitted" && (Object.keys(row.scores).length !== world.jury.rubric.length || !row.submitted_at)) {
      problems.halfWritten.push(`sheet ${row.id}: submitted with ${Object.keys(row.scores).length} of ${world.jury.rubric.length} scores`);
    }
  }
  for (const row of dossiers.values()) {
    if (row.state === "submitted" && (!row.reference || !row.submitted_at)) problems.halfWritten.push(`dossier ${row.id}: submitted without its reference or time`);
    if ((submittedAudit.get(row.id) ?? 0) > 0 && row.state !== "submitted") problems.halfWritten.push(`dossier ${row.id}: audited as submitted but ${row.state}`);
  }
  return { acknowledged: acks.length, found, ...problems };
}

function isSheetAsSent(row, ack, rubric) {
  if (row.version !== ack.version || row.overall_comment !== ack.values.overallComment) return false;
  if (ack.type === "sheet.submit" && row.state !== "submitted") return false;
  return rubric.every((c) => {
    const stored = row.scores[String(c.id)];
    return stored && String(stored.value) === ack.values[`score_${c.id}`] && stored.comment === ack.values[`comment_${c.id}`];
  });
}
