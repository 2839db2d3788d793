CREATE TABLE "edition_imports" (
	"edition_id" integer PRIMARY KEY NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source" jsonb NOT NULL,
	"sealed_fingerprint" text,
	"id_map" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "edition_imports" ADD CONSTRAINT "edition_imports_edition_id_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."editions"("id") ON DELETE cascade ON UPDATE no action;