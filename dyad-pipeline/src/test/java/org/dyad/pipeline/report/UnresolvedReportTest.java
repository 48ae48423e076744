package org.dyad.pipeline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dyad.core.actor.UnresolvedMention;
import org.junit.jupiter.api.Test;

class UnresolvedReportTest {
  @Test
  void ranks_names_by_mentions_then_documents_and_keeps_the_first_example() {
    UnresolvedReport r = new UnresolvedReport();
    r.add(
        "d1",
        List.of(
            new UnresolvedMention(0, "Wagner Group", "ORGANIZATION", "Wagner Group fighters left."),
            new UnresolvedMention(2, "Ana Brnabic", "PERSON", "Ana Brnabic said so.")));
    r.add(
        "d2",
        List.of(
            new UnresolvedMention(1, "wagner  group", "ORGANIZATION", "The wagner group again."),
            new UnresolvedMention(3, "Wagner Group", "ORGANIZATION", "And again.")));
    List<UnresolvedReport.Row> top = r.top(10);
    assertThat(r.documents()).isEqualTo(2);
    assertThat(top).hasSize(2);
    assertThat(top.get(0))
        .isEqualTo(
            new UnresolvedReport.Row(
                "Wagner Group", "ORGANIZATION", 3, 2, "d1", "Wagner Group fighters left."));
    assertThat(top.get(1).name()).isEqualTo("Ana Brnabic");
    assertThat(r.top(1)).hasSize(1);
  }
}
