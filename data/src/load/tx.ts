import type { Sql } from '../db/connect.ts';

/** The client inside `transaction()`: every loader writes through one, so a dataset is one transaction. */
export type Tx = Sql;
