package org.dyad.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.text.Article;
import org.dyad.pipeline.config.PipelineConfig;

/** One standard pipeline per test JVM: CoreNLP loads once, not per test. */
final class SharedPipeline {
  static final DyadPipeline PIPELINE = DyadPipeline.standard(PipelineConfig.defaults());

  private SharedPipeline() {}

  static List<CodedEvent> code(String date, String text) {
    DocumentOutcome o = PIPELINE.process(Article.of("test", LocalDate.parse(date), "", text));
    if (o.status() != DocumentOutcome.Status.CODED) {
      throw new AssertionError("not coded: " + o.status() + " " + o.reason());
    }
    return o.events();
  }

  static String dyad(CodedEvent e) {
    return e.source().country() + "->" + e.target().country() + " " + e.code().value();
  }
}
