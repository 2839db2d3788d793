CREATE INDEX "nominations_edition_updated_idx" ON "nominations" USING btree ("edition_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "nominations_edition_submitted_idx" ON "nominations" USING btree ("edition_id","submitted_at","id");--> statement-breakpoint
CREATE INDEX "nominations_edition_title_idx" ON "nominations" USING btree ("edition_id",lower("title"));--> statement-breakpoint
CREATE INDEX "score_sheets_edition_juror_state_idx" ON "score_sheets" USING btree ("edition_id","juror_user_id","state");--> statement-breakpoint
CREATE INDEX "assignments_edition_juror_idx" ON "assignments" USING btree ("edition_id","juror_user_id");--> statement-breakpoint
CREATE INDEX "assignments_edition_nomination_idx" ON "assignments" USING btree ("edition_id","nomination_id");