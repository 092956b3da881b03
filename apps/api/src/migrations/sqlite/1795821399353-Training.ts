import { MigrationInterface, QueryRunner } from 'typeorm';

export class Training1795821399353 implements MigrationInterface {
  name = 'Training1795821399353';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attendance" ("id" varchar(36) PRIMARY KEY NOT NULL, "enrollmentId" varchar(36) NOT NULL, "date" varchar(10) NOT NULL, "mark" varchar(8) NOT NULL, "recordedById" varchar(36) NOT NULL, "recordedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5b9acff41f0a4f289f97d970a6" ON "attendance" ("enrollmentId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3a5069447f22dc04a567a72079" ON "attendance" ("enrollmentId", "date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "course_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "courseId" varchar(36) NOT NULL, "districtId" varchar(36) NOT NULL, "venue" varchar(200), "trainer" varchar(200), "meetingDates" text NOT NULL, "startsOn" varchar(10) NOT NULL, "endsOn" varchar(10) NOT NULL, "capacity" integer NOT NULL, "lastQueueNumber" integer NOT NULL, "createdById" varchar(36) NOT NULL, "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b545f86c4f5d8929e124f15e96" ON "course_sessions" ("courseId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f227254f3f479114209d52bfc3" ON "course_sessions" ("districtId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7bcc35208a1c1325458b50517b" ON "course_sessions" ("startsOn") `,
    );
    await queryRunner.query(
      `CREATE TABLE "courses" ("id" varchar(36) PRIMARY KEY NOT NULL, "topic" varchar(12) NOT NULL, "titleEn" varchar(200) NOT NULL, "titleAz" varchar(200) NOT NULL, "titleRu" varchar(200) NOT NULL, "descriptionEn" text NOT NULL, "descriptionAz" text NOT NULL, "descriptionRu" text NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "enrollments" ("id" varchar(36) PRIMARY KEY NOT NULL, "sessionId" varchar(36) NOT NULL, "beneficiaryId" varchar(36) NOT NULL, "status" varchar(12) NOT NULL, "queueNumber" integer NOT NULL, "certificateNumber" varchar(40), "completedAt" varchar(24), "enrolledById" varchar(36) NOT NULL, "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_28c3be62806a3eda264564f3ef" ON "enrollments" ("sessionId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_31c0c7c662149c7cb222630c59" ON "enrollments" ("beneficiaryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3816714ab4c719d70e6b848744" ON "enrollments" ("status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_eff344d6e73c60675527bdae24" ON "enrollments" ("sessionId", "beneficiaryId") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_eff344d6e73c60675527bdae24"`);
    await queryRunner.query(`DROP INDEX "IDX_3816714ab4c719d70e6b848744"`);
    await queryRunner.query(`DROP INDEX "IDX_31c0c7c662149c7cb222630c59"`);
    await queryRunner.query(`DROP INDEX "IDX_28c3be62806a3eda264564f3ef"`);
    await queryRunner.query(`DROP TABLE "enrollments"`);
    await queryRunner.query(`DROP TABLE "courses"`);
    await queryRunner.query(`DROP INDEX "IDX_7bcc35208a1c1325458b50517b"`);
    await queryRunner.query(`DROP INDEX "IDX_f227254f3f479114209d52bfc3"`);
    await queryRunner.query(`DROP INDEX "IDX_b545f86c4f5d8929e124f15e96"`);
    await queryRunner.query(`DROP TABLE "course_sessions"`);
    await queryRunner.query(`DROP INDEX "IDX_3a5069447f22dc04a567a72079"`);
    await queryRunner.query(`DROP INDEX "IDX_5b9acff41f0a4f289f97d970a6"`);
    await queryRunner.query(`DROP TABLE "attendance"`);
  }
}
