-- The unique key comes first: the composite foreign keys below reference it.
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_edition_id_key" UNIQUE("edition_id","id");--> statement-breakpoint
ALTER TABLE "conflicts" DROP CONSTRAINT "conflicts_nomination_id_nominations_id_fk";
--> statement-breakpoint
ALTER TABLE "score_sheets" DROP CONSTRAINT "score_sheets_nomination_id_nominations_id_fk";
--> statement-breakpoint
ALTER TABLE "awards" DROP CONSTRAINT "awards_nomination_id_nominations_id_fk";
--> statement-breakpoint
ALTER TABLE "assignments" DROP CONSTRAINT "assignments_nomination_id_nominations_id_fk";
--> statement-breakpoint
ALTER TABLE "conflicts" ADD CONSTRAINT "conflicts_nomination_edition_fk" FOREIGN KEY ("edition_id","nomination_id") REFERENCES "public"."nominations"("edition_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "score_sheets" ADD CONSTRAINT "score_sheets_nomination_edition_fk" FOREIGN KEY ("edition_id","nomination_id") REFERENCES "public"."nominations"("edition_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_nomination_edition_fk" FOREIGN KEY ("edition_id","nomination_id") REFERENCES "public"."nominations"("edition_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_nomination_edition_fk" FOREIGN KEY ("edition_id","nomination_id") REFERENCES "public"."nominations"("edition_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conflicts_nomination_idx" ON "conflicts" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "conflicts_edition_idx" ON "conflicts" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "score_sheets_edition_state_idx" ON "score_sheets" USING btree ("edition_id","state");--> statement-breakpoint
CREATE INDEX "score_sheets_nomination_idx" ON "score_sheets" USING btree ("nomination_id");--> statement-breakpoint
CREATE INDEX "assignments_nomination_idx" ON "assignments" USING btree ("nomination_id");