package org.dyad.cli;

/** Output formats of {@code dyad code}. */
enum OutputFormat {
  TABLE,
  JSONL,
  TSV,
  /** PLOVER JSON lines: actor, recipient, event, mode, context. */
  PLOVER
}
