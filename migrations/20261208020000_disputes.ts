/**
 * After-sales disputes: one per order and scenario, with the rules version and rule that chose its
 * path, the seller's answer, the resolution (who decided, for whom, whether the seller was at
 * fault) and, after an appeal, the final outcome and whether it overturned the first.
 */
import type { Knex } from 'knex';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('disputes', (t) => {
    t.string('id').primary();
    t.string('order_id').notNullable();
    t.string('seller_id').notNullable().references('sellers.id');
    t.string('buyer_ref').notNullable();
    t.string('scenario').notNullable();
    t.string('category').notNullable();
    t.decimal('amount', 12, 2).notNullable();
    t.string('currency', 3).notNullable();
    // The buyer's and the seller's words may name people: sealed (db/field-keyring.ts).
    t.text('details').notNullable();
    t.string('rules_version').notNullable();
    t.string('rule_id').notNullable();
    t.string('path').notNullable();
    t.string('status').notNullable();
    t.timestamp('respond_by', { useTz: true });
    t.string('seller_answer');
    t.string('outcome');
    t.jsonb('reasons');
    t.decimal('refund_amount', 12, 2);
    t.string('decided_by_kind');
    t.string('decided_by');
    t.boolean('seller_fault');
    t.timestamp('resolved_at', { useTz: true });
    t.string('appealed_by');
    t.timestamp('appealed_at', { useTz: true });
    t.string('final_outcome');
    t.boolean('overturned').notNullable().defaultTo(false);
    t.string('received_by').notNullable();
    t.timestamp('created_at', { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(['order_id', 'scenario', 'received_by']);
    t.index(['seller_id', 'resolved_at']);
    t.index(['rules_version', 'rule_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('disputes');
}
