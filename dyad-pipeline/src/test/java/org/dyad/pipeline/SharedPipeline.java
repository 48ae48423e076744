package org.dyad.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.text.Article;
import org.dyad.pipeline.config.PipelineConfig;

/** One standard pipeline per test JVM: CoreNLP loads once, not per test. */
public final class SharedPipeline {
  public static final DyadPipeline PIPELINE = DyadPipeline.standard(PipelineConfig.defaults());

  private SharedPipeline() {}

  /** The sentence's events as dyadic events. */
  static List<CodedEvent> code(String date, String text) {
    return outcome(date, text).dyads();
  }

  /** The sentence's events as coded, compound actors kept as lists. */
  static List<CodedEvent> events(String date, String text) {
    return outcome(date, text).events();
  }

  private static DocumentOutcome outcome(String date, String text) {
    DocumentOutcome o = PIPELINE.process(Article.of("test", LocalDate.parse(date), "", text));
    if (o.status() != DocumentOutcome.Status.CODED) {
      throw new AssertionError("not coded: " + o.status() + " " + o.reason());
    }
    return o;
  }

  /** "RUS+CHN->JPN 150": an event's source and target countries, lists joined by "+". */
  static String actors(CodedEvent e) {
    return countries(e.sources()) + "->" + countries(e.targets()) + " " + e.code().value();
  }

  private static String countries(List<org.dyad.core.event.EventActor> actors) {
    return String.join("+", actors.stream().map(a -> a.country()).toList());
  }

  static String dyad(CodedEvent e) {
    return e.source().country() + "->" + e.target().country() + " " + e.code().value();
  }

  /** "0 USA->IRN 020": the sentence index and {@link #dyad}. */
  static String inSentence(CodedEvent e) {
    return e.provenance().sentence() + " " + dyad(e);
  }

  /** "0 EGYCVL->EGYGOV 145": the sentence index, full actor codes and the CAMEO code. */
  static String withRoles(CodedEvent e) {
    return e.provenance().sentence()
        + " "
        + e.source().code().value()
        + "->"
        + e.target().code().value()
        + " "
        + e.code().value();
  }
}
