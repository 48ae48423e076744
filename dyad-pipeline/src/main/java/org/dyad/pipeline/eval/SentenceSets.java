package org.dyad.pipeline.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dyad.core.event.CodedEvent;
import org.dyad.pipeline.DyadPipeline;

/**
 * Codes the public sentence-level gold sets with Dyad and scores them, next to PETRARCH2 where its
 * output on the set exists.
 *
 * <p>Thread safety: stateless.
 */
public final class SentenceSets {
  private SentenceSets() {}

  /** A set's score rows and, per sentence where Dyad and gold disagree, both readings. */
  public record Result(List<EvalRow> rows, List<String> disagreements) {
    public Result {
      rows = List.copyOf(rows);
      disagreements = List.copyOf(disagreements);
    }
  }

  private static List<String> disagreements(
      List<GoldSentence> gold, Map<String, List<Triple>> predicted, TripleScorer.Level level) {
    List<String> out = new ArrayList<>();
    for (GoldSentence g : gold) {
      List<Triple> p = predicted.getOrDefault(g.id(), List.of());
      Prf s = TripleScorer.score(List.of(g), Map.of(g.id(), p), level);
      if (s.truePositives() != s.predicted() || s.truePositives() != s.gold()) {
        out.add(
            g.id() + "\t" + g.text() + "\n  gold: " + show(g.events()) + "\n  dyad: " + show(p));
      }
    }
    return out;
  }

  private static String show(List<Triple> triples) {
    if (triples.isEmpty()) {
      return "(none)";
    }
    List<String> out = new ArrayList<>();
    for (Triple t : triples) {
      out.add(t.source() + " " + t.target() + " " + t.code());
    }
    return String.join("; ", out);
  }

  /**
   * A PETRARCH validation file: exact triples, codes and roots, per sentence.
   *
   * @param baseline PETRARCH2's output on the set, or null
   */
  public static Result petrarch(String name, Path goldFile, Path baseline, DyadPipeline pipeline) {
    List<GoldSentence> gold = PetrarchRecords.read(goldFile);
    Map<String, List<Triple>> dyad =
        triples(SentenceCoder.code(pipeline, gold), SentenceSets::cameoTriple);
    Map<String, List<Triple>> petrarch2 = new LinkedHashMap<>();
    if (baseline != null) {
      Map<String, List<Triple>> byText = PetrarchRecords.readOutputs(baseline);
      for (GoldSentence g : gold) {
        List<Triple> t = byText.get(PetrarchRecords.normalise(g.text()));
        if (t != null) {
          petrarch2.put(g.id(), t);
        }
      }
    }
    List<EvalRow> rows = new ArrayList<>();
    for (TripleScorer.Level level :
        List.of(TripleScorer.Level.TRIPLE, TripleScorer.Level.CODE, TripleScorer.Level.ROOT)) {
      Prf all = TripleScorer.score(gold, dyad, level);
      String label = level.name().toLowerCase(java.util.Locale.ROOT);
      if (baseline == null) {
        rows.add(EvalRow.withoutBaseline(name, label, gold.size(), all));
        continue;
      }
      Map<String, List<Triple>> dyadShared = new HashMap<>(dyad);
      dyadShared.keySet().retainAll(petrarch2.keySet());
      rows.add(
          new EvalRow(
              name,
              label,
              gold.size(),
              all,
              petrarch2.size(),
              TripleScorer.score(gold, dyadShared, level),
              TripleScorer.score(gold, petrarch2, level)));
    }
    return new Result(rows, disagreements(gold, dyad, TripleScorer.Level.TRIPLE));
  }

  /** The PLOVER gold-standard records: event type, and event type with the dyad's countries. */
  public static Result plover(Path file, DyadPipeline pipeline) {
    List<GoldSentence> gold = PloverGsr.read(file);
    Map<String, List<Triple>> dyad =
        triples(SentenceCoder.code(pipeline, gold), SentenceSets::ploverTriple);
    List<EvalRow> rows =
        List.of(
            EvalRow.withoutBaseline(
                "plover-gsr",
                "event type",
                gold.size(),
                TripleScorer.score(gold, dyad, TripleScorer.Level.CODE)),
            EvalRow.withoutBaseline(
                "plover-gsr",
                "event type + dyad",
                gold.size(),
                TripleScorer.score(gold, dyad, TripleScorer.Level.DYAD_CODE)));
    return new Result(rows, disagreements(gold, dyad, TripleScorer.Level.DYAD_CODE));
  }

  /**
   * The ConfliBERT CAMEO test split ({@code sentence<TAB>class}): one gold class per sentence; a
   * sentence Dyad codes is a prediction of its {@link PentaClass}. The first row counts all
   * classes; one row per class follows.
   *
   * @param nominalDate the publication date assumed for every sentence (the set has none)
   */
  public static Result conflibert(Path tsv, LocalDate nominalDate, DyadPipeline pipeline) {
    List<GoldSentence> gold = new ArrayList<>();
    try {
      int n = 0;
      for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
        n++;
        int tab = line.lastIndexOf('\t');
        if (line.isBlank() || tab < 0) {
          continue;
        }
        String label = line.substring(tab + 1).trim();
        if (!label.matches("[0-" + (PentaClass.CLASSES - 1) + "]")) {
          throw new IllegalArgumentException(
              tsv + ":" + n + ": class must be 0 to 4, got '" + label + "'");
        }
        gold.add(
            new GoldSentence(
                "conflibert-" + n,
                line.substring(0, tab).trim(),
                nominalDate,
                List.of(new Triple("", "", label))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + tsv, e);
    }
    Map<String, List<CodedEvent>> coded = SentenceCoder.code(pipeline, gold);
    Prf[] perClass = new Prf[PentaClass.CLASSES];
    java.util.Arrays.fill(perClass, Prf.ZERO);
    Prf total = Prf.ZERO;
    List<String> disagreements = new ArrayList<>();
    for (GoldSentence g : gold) {
      int expected = Integer.parseInt(g.events().get(0).code());
      Optional<Integer> predicted = PentaClass.ofSentence(coded.get(g.id()));
      boolean hit = predicted.isPresent() && predicted.get() == expected;
      if (!hit) {
        List<Triple> dyad =
            triples(Map.of(g.id(), coded.get(g.id())), SentenceSets::cameoTriple).get(g.id());
        disagreements.add(
            g.id()
                + "\t"
                + g.text()
                + "\n  gold: class "
                + expected
                + "\n  dyad: "
                + predicted.map(String::valueOf).orElse("-")
                + " "
                + show(dyad));
      }
      total = total.plus(new Prf(hit ? 1 : 0, predicted.isPresent() ? 1 : 0, 1));
      for (int c = 0; c < PentaClass.CLASSES; c++) {
        boolean p = predicted.isPresent() && predicted.get() == c;
        perClass[c] =
            perClass[c].plus(new Prf(p && expected == c ? 1 : 0, p ? 1 : 0, expected == c ? 1 : 0));
      }
    }
    List<EvalRow> rows = new ArrayList<>();
    rows.add(EvalRow.withoutBaseline("conflibert", "class (all)", gold.size(), total));
    String[] names = {
      "statement", "verbal coop", "material coop", "verbal conflict", "material" + " conflict"
    };
    for (int c = 0; c < PentaClass.CLASSES; c++) {
      rows.add(
          EvalRow.withoutBaseline(
              "conflibert", "class " + c + " " + names[c], perClass[c].gold(), perClass[c]));
    }
    return new Result(rows, disagreements);
  }

  private static Map<String, List<Triple>> triples(
      Map<String, List<CodedEvent>> coded, Function<CodedEvent, Optional<Triple>> convert) {
    Map<String, List<Triple>> out = new LinkedHashMap<>();
    coded.forEach(
        (id, events) -> {
          List<Triple> t = new ArrayList<>();
          for (CodedEvent e : events) {
            convert.apply(e).ifPresent(t::add);
          }
          out.put(id, t);
        });
    return out;
  }

  private static Optional<Triple> cameoTriple(CodedEvent e) {
    return Optional.of(
        new Triple(e.source().code().value(), e.target().code().value(), e.code().value()));
  }

  private static Optional<Triple> ploverTriple(CodedEvent e) {
    if (e.plover().event().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Triple(e.source().code().value(), e.target().code().value(), e.plover().event()));
  }
}
