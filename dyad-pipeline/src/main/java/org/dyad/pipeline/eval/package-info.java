/** Scoring coded events against gold sets in the format of the shared dev set. */
package org.dyad.pipeline.eval;
