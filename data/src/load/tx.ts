import type postgres from 'postgres';

/** The postgres.js client inside `sql.begin`: every loader writes through one, so a dataset is one transaction. */
export type Tx = postgres.TransactionSql<Record<string, never>>;
