package org.dyad.store;

/** The SQL databases Dyad stores in; the schema is shared, a few statements differ. */
enum Dialect {
  DUCKDB,
  POSTGRESQL
}
