package org.dyad.pipeline.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.event.Provenance;
import org.dyad.core.store.EventStore;
import org.dyad.pipeline.DocumentOutcome;
import org.dyad.pipeline.DyadPipeline;

/**
 * Re-codes a stored corpus from its stored parses, after a dictionary or coder change, at coding
 * speed (no parsing), and reports what changed. An event is "the same" when it has the same
 * sentence, trigger word, source and target: the same with another code is recoded; one only before
 * is removed; one only now is added.
 *
 * <p>Thread safety: one run at a time per instance.
 */
public final class Recode {
  private final DyadPipeline pipeline;
  private final EventStore store;

  public Recode(DyadPipeline pipeline, EventStore store) {
    this.pipeline = pipeline;
    this.store = store;
  }

  /**
   * What a recode changed.
   *
   * @param articles stored articles re-coded
   * @param sentences their sentences
   * @param unchanged dyadic events exactly as stored
   * @param added new dyadic events, per CAMEO code
   * @param removed dyadic events gone, per CAMEO code
   * @param recoded dyadic events with another code, per "old→new"
   * @param changed dyadic events with the same code but another date, actor name or provenance
   * @param failed articles whose re-coding failed (they keep their stored events)
   * @param elapsed wall time
   */
  public record Report(
      int articles,
      long sentences,
      int unchanged,
      Map<String, Integer> added,
      Map<String, Integer> removed,
      Map<String, Integer> recoded,
      int changed,
      List<String> failed,
      Duration elapsed) {
    public int totalAdded() {
      return added.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalRemoved() {
      return removed.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int totalRecoded() {
      return recoded.values().stream().mapToInt(Integer::intValue).sum();
    }

    public double sentencesPerSecond() {
      double s = elapsed.toNanos() / 1e9;
      return s <= 0 ? 0 : sentences / s;
    }
  }

  /** Re-codes every stored article; with {@code write}, stores the new events of changed ones. */
  public Report run(boolean write) {
    long start = System.nanoTime();
    Tally t = new Tally();
    store.forEachParsed(
        parsed -> {
          t.articles++;
          t.sentences += parsed.sentences().size();
          DocumentOutcome o = pipeline.codeParsed(parsed);
          if (o.status() != DocumentOutcome.Status.CODED) {
            t.failed.add(parsed.article().id() + ": " + o.reason());
            return;
          }
          List<CodedEvent> before = new ArrayList<>();
          for (CodedEvent e : store.articleEvents(parsed.article().id())) {
            before.addAll(e.dyads());
          }
          if (t.compare(before, o.dyads()) && write) {
            store.replaceEvents(parsed.article().id(), o.events());
          }
        });
    return new Report(
        t.articles,
        t.sentences,
        t.unchanged,
        t.added,
        t.removed,
        t.recoded,
        t.changed,
        t.failed,
        Duration.ofNanos(System.nanoTime() - start));
  }

  /** Counts of one run. */
  private static final class Tally {
    int articles;
    long sentences;
    int unchanged;
    int changed;
    final Map<String, Integer> added = new TreeMap<>();
    final Map<String, Integer> removed = new TreeMap<>();
    final Map<String, Integer> recoded = new TreeMap<>();
    final List<String> failed = new ArrayList<>();

    /**
     * Tallies one article's dyads before and after; true when anything differs, if only the
     * dictionary or coder version in the provenance (which the report does not count as a change).
     */
    boolean compare(List<CodedEvent> before, List<CodedEvent> after) {
      List<CodedEvent> oldLeft = new ArrayList<>(before);
      List<CodedEvent> newLeft = new ArrayList<>();
      boolean differs = false;
      for (CodedEvent n : after) {
        CodedEvent match = find(oldLeft, n, true);
        if (match == null) {
          newLeft.add(n);
          continue;
        }
        oldLeft.remove(match);
        if (comparable(match).equals(comparable(n))) {
          unchanged++;
          differs |=
              !match.provenance().dictionaryVersion().equals(n.provenance().dictionaryVersion())
                  || !match.provenance().coderVersion().equals(n.provenance().coderVersion());
        } else {
          changed++;
          differs = true;
        }
      }
      for (CodedEvent n : newLeft) {
        CodedEvent match = find(oldLeft, n, false);
        differs = true;
        if (match == null) {
          added.merge(n.code().value(), 1, Integer::sum);
        } else {
          oldLeft.remove(match);
          recoded.merge(match.code().value() + "→" + n.code().value(), 1, Integer::sum);
        }
      }
      for (CodedEvent o : oldLeft) {
        differs = true;
        removed.merge(o.code().value(), 1, Integer::sum);
      }
      return differs;
    }

    private static CodedEvent find(List<CodedEvent> in, CodedEvent e, boolean sameCode) {
      for (CodedEvent o : in) {
        if (o.provenance().sentence() == e.provenance().sentence()
            && o.provenance().trigger().equals(e.provenance().trigger())
            && o.source().code().equals(e.source().code())
            && o.target().code().equals(e.target().code())
            && (!sameCode || o.code().equals(e.code()))) {
          return o;
        }
      }
      return null;
    }

    /** The event without its coding time and versions, which differ without changing it. */
    private static CodedEvent comparable(CodedEvent e) {
      Provenance p = e.provenance();
      Provenance q =
          new Provenance(
              p.articleId(),
              p.sentence(),
              p.sentenceText(),
              p.fromTitle(),
              p.trigger(),
              p.triggerText(),
              p.patternId(),
              "",
              "",
              Instant.EPOCH);
      return new CodedEvent(
          e.id(),
          e.sources(),
          e.targets(),
          e.code(),
          e.codeName(),
          e.goldstein(),
          e.plover(),
          e.date(),
          e.modality(),
          q,
          e.notes(),
          e.compoundId(),
          e.issues());
    }
  }
}
