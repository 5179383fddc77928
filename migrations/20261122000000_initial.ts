/**
 * The first records: sellers and their applications with persons and bank accounts, the checks
 * run on them, review tasks and decisions, audit events, API keys and idempotency keys.
 * Personal data sits in jsonb columns of the owning row so that field-level encryption (a later
 * issue) can wrap them without a schema change.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('api_keys', (t) => {
    t.string('id').primary();
    t.string('name').notNullable();
    t.string('role').notNullable();
    t.string('key_hash', 64).notNullable().unique();
    t.string('key_prefix', 16).notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('revoked_at', { useTz: true });
    t.timestamp('last_used_at', { useTz: true });
  });

  await knex.schema.createTable('sellers', (t) => {
    t.string('id').primary();
    t.string('external_ref').notNullable().unique();
    t.string('status').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });

  await knex.schema.createTable('applications', (t) => {
    t.string('id').primary();
    t.string('seller_id').notNullable().references('sellers.id');
    t.string('status').notNullable();
    t.string('country', 2).notNullable();
    t.string('business_type').notNullable();
    t.jsonb('business').notNullable();
    t.jsonb('declarations').notNullable();
    t.jsonb('risk');
    t.jsonb('decision');
    t.string('submitted_by').notNullable();
    t.timestamp('submitted_at', { useTz: true }).notNullable();
    t.timestamp('decided_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('updated_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(['seller_id', 'created_at']);
    t.index(['status', 'created_at']);
  });

  await knex.schema.createTable('persons', (t) => {
    t.string('id').primary();
    t.string('application_id').notNullable().references('applications.id');
    t.integer('position').notNullable();
    t.specificType('roles', 'text[]').notNullable();
    t.decimal('ownership_percent', 5, 2);
    t.jsonb('details').notNullable();
    t.unique(['application_id', 'position']);
  });

  await knex.schema.createTable('bank_accounts', (t) => {
    t.string('id').primary();
    t.string('application_id').notNullable().references('applications.id').unique();
    t.string('scheme').notNullable();
    t.string('country', 2).notNullable();
    t.string('last4', 4).notNullable();
    t.jsonb('details').notNullable();
  });

  await knex.schema.createTable('checks', (t) => {
    t.string('id').primary();
    t.string('application_id').notNullable().references('applications.id');
    t.string('kind').notNullable();
    t.string('subject_type').notNullable();
    t.string('subject_id').notNullable();
    t.string('status').notNullable();
    t.string('code');
    t.string('provider');
    t.jsonb('evidence');
    t.timestamp('started_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp('completed_at', { useTz: true });
    t.unique(['application_id', 'kind', 'subject_id']);
  });

  await knex.schema.createTable('review_tasks', (t) => {
    t.string('id').primary();
    t.string('application_id').notNullable().references('applications.id');
    t.string('queue').notNullable();
    t.string('status').notNullable();
    t.integer('priority').notNullable();
    t.jsonb('reasons').notNullable();
    t.string('assignee_id');
    t.string('assignee_name');
    t.timestamp('sla_due_at', { useTz: true }).notNullable();
    t.timestamp('claimed_at', { useTz: true });
    t.timestamp('decided_at', { useTz: true });
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    // The queue is read by status and SLA, optionally by queue and assignee.
    t.index(['status', 'sla_due_at', 'id']);
    t.index(['queue', 'status', 'sla_due_at', 'id']);
    t.index(['assignee_id', 'status', 'sla_due_at']);
    t.index(['application_id']);
  });

  await knex.schema.createTable('decisions', (t) => {
    t.string('id').primary();
    t.string('application_id').notNullable().references('applications.id');
    t.string('review_task_id').references('review_tasks.id');
    t.string('outcome').notNullable();
    t.string('reject_type');
    t.jsonb('reasons').notNullable();
    t.text('note');
    t.boolean('automated').notNullable();
    t.string('decided_by_id').notNullable();
    t.string('decided_by_name').notNullable();
    t.string('decided_by_role').notNullable();
    t.timestamp('decided_at', { useTz: true }).notNullable();
    t.index(['application_id', 'decided_at']);
  });

  await knex.schema.createTable('audit_events', (t) => {
    t.bigIncrements('seq').primary();
    t.string('id').notNullable().unique();
    t.timestamp('occurred_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.string('actor_id').notNullable();
    t.string('actor_role').notNullable();
    t.string('action').notNullable();
    t.string('subject_type').notNullable();
    t.string('subject_id').notNullable();
    t.jsonb('data');
    t.string('request_id');
    t.index(['subject_type', 'subject_id', 'seq']);
  });

  await knex.schema.createTable('idempotency_keys', (t) => {
    t.string('api_key_id').notNullable();
    t.string('key', 255).notNullable();
    t.string('request_hash', 64).notNullable();
    t.string('resource_id').notNullable();
    t.integer('response_status');
    t.jsonb('response_body');
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(['api_key_id', 'key']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['idempotency_keys', 'audit_events', 'decisions', 'review_tasks', 'checks', 'bank_accounts', 'persons', 'applications', 'sellers', 'api_keys']) {
    await knex.schema.dropTableIfExists(table);
  }
}
