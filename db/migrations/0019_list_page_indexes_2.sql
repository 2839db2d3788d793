CREATE INDEX "nominations_country_idx" ON "nominations" USING btree ("country_code","edition_id");--> statement-breakpoint
CREATE INDEX "conflicts_edition_created_idx" ON "conflicts" USING btree ("edition_id","created_at","id");--> statement-breakpoint
CREATE INDEX "mail_outbox_created_idx" ON "mail_outbox" USING btree ("created_at","id");