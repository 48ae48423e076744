package org.dyad.core.store;

/** What became of one input document in an ingest run. */
public enum DocumentStatus {
  /** Parsed, coded and stored. */
  CODED,
  /** Already stored, or a near-copy of a stored article: nothing new was added. */
  DUPLICATE,
  /** Not coded on purpose (empty, not English, too long), with the reason. */
  SKIPPED,
  /** Could not be read or coded, with the reason. */
  FAILED
}
