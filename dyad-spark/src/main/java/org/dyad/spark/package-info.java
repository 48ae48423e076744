/**
 * The Spark job: codes a corpus too large for one machine, with the same pipeline as {@code dyad
 * ingest}, and writes events and per-document outcomes as Parquet in the export schema. Spark types
 * stay in this module.
 */
package org.dyad.spark;
