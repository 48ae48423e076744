package org.dyad.pipeline;

import java.util.concurrent.atomic.LongAdder;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.StageTiming;

/**
 * Adds up the time a stage spends and the text it handles, across threads.
 *
 * <p>Thread safety: safe to share.
 */
public final class StageClock {
  private final String stage;
  private final LongAdder nanos = new LongAdder();
  private final LongAdder sentences = new LongAdder();
  private final LongAdder tokens = new LongAdder();

  public StageClock(String stage) {
    this.stage = stage;
  }

  /** Counts {@code elapsed} nanoseconds spent on the body and title sentences of {@code doc}. */
  public void add(long elapsed, ParsedDocument doc) {
    int n = 0;
    for (ParsedSentence s : doc.sentences()) {
      n += s.tokens().size();
    }
    for (ParsedSentence s : doc.title()) {
      n += s.tokens().size();
    }
    add(elapsed, doc.sentences().size() + doc.title().size(), n);
  }

  public void add(long elapsed, int sentenceCount, int tokenCount) {
    nanos.add(elapsed);
    sentences.add(sentenceCount);
    tokens.add(tokenCount);
  }

  public StageTiming timing() {
    return new StageTiming(stage, nanos.sum(), sentences.sum(), tokens.sum());
  }
}
