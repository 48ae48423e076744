package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.Token;

/**
 * Comments made with an adjective on how another party's doings look: "he was very pessimistic
 * about the chances of resuming peace talks with Syria" (012), "confident that the United States
 * would remove irritants" (013). CAMEO codes these as pessimistic and optimistic comments; the verb
 * patterns reach them only through a verb of their own ("expressed optimism", "remain
 * pessimistic"). The party commented on is the one the adjective's "about", "over" or "of" phrase
 * names, or the subject of its "that" clause; a comment on no party is no event.
 */
final class StanceAdjectives {
  private static final Map<String, String> CODES =
      Map.ofEntries(
          Map.entry("optimistic", "013"),
          Map.entry("hopeful", "013"),
          Map.entry("confident", "013"),
          Map.entry("pessimistic", "012"),
          Map.entry("skeptical", "012"),
          Map.entry("sceptical", "012"),
          Map.entry("doubtful", "012"),
          Map.entry("concerned", "012"),
          Map.entry("worried", "012"));

  private static final Set<String> TOPIC_PREPS = Set.of("about", "over", "of", "on", "regarding");

  private final DependencyTree tree;
  private final Arguments args;

  StanceAdjectives(DependencyTree tree, Arguments args) {
    this.tree = tree;
    this.args = args;
  }

  /** Whether the sentence has a stance adjective at all: the coder's cheap pre-parse test. */
  static boolean mayCode(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> CODES.containsKey(t.lemma().toLowerCase(Locale.ROOT)));
  }

  /** Codes the adjective at {@code a} when it is a clause's predicate ("he was pessimistic"). */
  void code(int a, ReportedSpeech.Sink sink) {
    String lemma = tree.token(a).lemma().toLowerCase(Locale.ROOT);
    String code = CODES.get(lemma);
    if (code == null
        || !tree.token(a).pos().startsWith("JJ")
        || !tree.hasChild(a, "cop")
        || Modality.negated(tree, a)
        || Modality.speculative(tree, a)) {
      return;
    }
    int subj = args.subject(a);
    List<ActorMention> sources = subj < 0 ? List.of() : args.actorsOf(subj);
    if (sources.isEmpty()) {
      return;
    }
    List<ActorMention> targets = commentedOn(a, sources);
    if (!targets.isEmpty()) {
      sink.emit(a, Pattern.bare("stance:" + lemma, lemma, code, "dyad"), sources, targets, "");
    }
  }

  private List<ActorMention> commentedOn(int a, List<ActorMention> sources) {
    var own = Arguments.codes(sources);
    for (int c : tree.children(a)) {
      if ((tree.relation(c).startsWith("obl") || tree.relation(c).startsWith("nmod"))
          && TOPIC_PREPS.contains(tree.caseMarker(c))) {
        List<ActorMention> t = args.actorsOf(c, own);
        if (!t.isEmpty()) {
          return t;
        }
      }
    }
    for (int c : tree.children(a, "ccomp")) {
      int subj = args.subject(c);
      List<ActorMention> t = subj < 0 ? List.of() : args.actorsOf(subj, own);
      if (!t.isEmpty()) {
        return t;
      }
    }
    return List.of();
  }
}
