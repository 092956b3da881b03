import { MigrationInterface, QueryRunner } from "typeorm";

export class LedgerTotalsPostings1795840284804 implements MigrationInterface {
    name = 'LedgerTotalsPostings1795840284804'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "temporary_ledger_totals" ("account" varchar(60) NOT NULL, "currency" varchar(3) NOT NULL, "kind" varchar(16) NOT NULL, "balance" bigint NOT NULL, "moved" bigint NOT NULL, "postings" integer NOT NULL DEFAULT (0), PRIMARY KEY ("account", "currency", "kind"))`);
        await queryRunner.query(`INSERT INTO "temporary_ledger_totals"("account", "currency", "kind", "balance", "moved") SELECT "account", "currency", "kind", "balance", "moved" FROM "ledger_totals"`);
        await queryRunner.query(`DROP TABLE "ledger_totals"`);
        await queryRunner.query(`ALTER TABLE "temporary_ledger_totals" RENAME TO "ledger_totals"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "ledger_totals" RENAME TO "temporary_ledger_totals"`);
        await queryRunner.query(`CREATE TABLE "ledger_totals" ("account" varchar(60) NOT NULL, "currency" varchar(3) NOT NULL, "kind" varchar(16) NOT NULL, "balance" bigint NOT NULL, "moved" bigint NOT NULL, PRIMARY KEY ("account", "currency", "kind"))`);
        await queryRunner.query(`INSERT INTO "ledger_totals"("account", "currency", "kind", "balance", "moved") SELECT "account", "currency", "kind", "balance", "moved" FROM "temporary_ledger_totals"`);
        await queryRunner.query(`DROP TABLE "temporary_ledger_totals"`);
    }

}
