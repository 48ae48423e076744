package org.dyad.cli;

/** Output formats of {@code dyad code}. */
enum OutputFormat {
  TABLE,
  JSONL,
  TSV
}
