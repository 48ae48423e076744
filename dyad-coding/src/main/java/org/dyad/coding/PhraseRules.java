package org.dyad.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.core.actor.ResolvedDocument;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * What the discard and issue lists do to a document: which sentences (or the whole article) yield
 * no event, the issues each event carries, and the remarks {@code dyad explain} shows.
 *
 * <p>Thread safety: immutable; may be shared.
 */
final class PhraseRules {
  private final Discards discards;
  private final Issues issues;

  PhraseRules(Discards discards, Issues issues) {
    this.discards = discards;
    this.issues = issues;
  }

  /** Whether a discard phrase of any scope is in the sentence. */
  boolean discards(ParsedSentence s) {
    return discards.find(s.tokens()).isPresent();
  }

  /**
   * Whether a story-scope discard phrase ("World Cup") is in the title or the first sentence, where
   * a sports or weather story names its subject. Further in, such a phrase discards only its
   * sentence: a political story may mention a match in passing.
   */
  boolean discardsStory(ResolvedDocument doc) {
    List<ParsedSentence> lead = new ArrayList<>(doc.parsed().title());
    lead.addAll(doc.parsed().sentences().subList(0, Math.min(1, doc.parsed().sentences().size())));
    for (ParsedSentence s : lead) {
      Optional<Discards.Discard> d = discards.find(s.tokens());
      if (d.isPresent() && d.get().scope() == Discards.Scope.STORY) {
        return true;
      }
    }
    return false;
  }

  /** Whether the article is sports coverage, by its cue words: {@link SportsCoverage}. */
  SportsCoverage sports(ResolvedDocument doc) {
    return SportsCoverage.of(doc.parsed().title(), doc.parsed().sentences(), discards);
  }

  /** The events, each with the issues of its sentence. */
  List<CodedEvent> withIssues(ResolvedDocument doc, List<CodedEvent> events) {
    Map<Integer, ParsedSentence> sentences = new HashMap<>();
    for (ParsedSentence s : doc.parsed().sentences()) {
      sentences.put(s.index(), s);
    }
    Map<Integer, List<String>> bySentence = new HashMap<>();
    List<CodedEvent> out = new ArrayList<>(events.size());
    for (CodedEvent e : events) {
      out.add(
          e.withIssues(
              bySentence.computeIfAbsent(
                  e.provenance().sentence(), i -> issues.of(sentences.get(i).tokens()))));
    }
    return out;
  }

  /** The discard phrase that silences the sentence (or the article), and the sentence's issues. */
  List<String> remarks(ResolvedDocument doc, int sentence) {
    List<String> out = new ArrayList<>();
    List<Token> tokens = doc.parsed().sentences().get(sentence).tokens();
    discards
        .find(tokens)
        .ifPresent(
            d ->
                out.add(
                    "discard phrase '"
                        + d.phrase()
                        + "' ("
                        + d.where()
                        + "): no event from this "
                        + (d.scope() == Discards.Scope.STORY && sentence == 0
                            ? "article"
                            : "sentence")));
    SportsCoverage sports = sports(doc);
    if (sports.isSports()) {
      out.add(
          "sports coverage (cues: "
              + String.join(", ", sports.cues().stream().sorted().toList())
              + "): only killing or armed force in a sentence without a cue is coded");
    } else if (sports.sportsSentence(sentence)) {
      out.add("two sports cues: no event from this sentence");
    }
    List<String> found = issues.of(tokens);
    if (!found.isEmpty()) {
      out.add("issues: " + String.join(", ", found));
    }
    return out;
  }
}
