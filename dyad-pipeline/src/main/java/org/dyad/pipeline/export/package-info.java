/**
 * Exports of stored events: GDELT 2.0 event TSV, CSV, JSONL, PLOVER JSON and Parquet, as every
 * mention or one row per event cluster, filtered by date, actor, dyad and code. Files are written
 * to a temporary file and renamed into place, so a failed export never leaves a partial file.
 */
package org.dyad.pipeline.export;
