/**
 * Event stores on SQL databases: DuckDB embedded (the default, a file in a data directory) and
 * PostgreSQL for a team, with one schema applied by versioned migrations. All of Dyad's SQL lives
 * here; other modules see only {@link org.dyad.core.store.EventStore}. May import core, JDBC and
 * the two drivers.
 */
package org.dyad.store;
