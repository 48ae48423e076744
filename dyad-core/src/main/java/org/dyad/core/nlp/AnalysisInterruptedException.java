package org.dyad.core.nlp;

/**
 * Analysis stopped because its thread was interrupted, as a per-document time limit does. The
 * thread's interrupt status is left set for the caller that asked for the stop.
 */
public class AnalysisInterruptedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AnalysisInterruptedException() {
    super("analysis interrupted");
  }
}
