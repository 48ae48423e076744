package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * Records in a document's memory who did what in a sentence, for implicit targets later on: the
 * doers of each verb, and of what they made ("signed a pact", "the pact was signed by Japan").
 * Words about a thing another made (criticising, welcoming, accepting it) do not make it.
 *
 * <p>Thread safety: stateless.
 */
final class Deeds {
  private Deeds() {}

  /** Verbs that take up what another made: "accepted the Paris Club offer". */
  private static final Set<String> RECEIVING =
      Set.of("accept", "decline", "consider", "discuss", "study", "review", "receive", "attend");

  /** Codes of words about what others did, whose objects they did not make (praise: 051, 052). */
  private static final Set<String> REACTION_CODES =
      Set.of("01", "02", "051", "052", "10", "11", "12", "13");

  static void record(
      ParsedSentence s,
      DependencyTree tree,
      Arguments args,
      VerbDictionary verbs,
      DocumentMemory memory) {
    for (Token t : s.tokens()) {
      if (!t.isVerb()) {
        continue;
      }
      int subj = args.subject(t.index());
      List<ActorMention> doers = subj < 0 ? List.of() : args.actorsOf(subj);
      if (doers.isEmpty()) {
        continue;
      }
      memory.did(t.lemma(), doers);
      if (reaction(t.lemma(), verbs)) {
        continue; // "Beijing criticised the pact" did not make the pact
      }
      List<Integer> things = new ArrayList<>(args.objects(t.index()));
      if (args.passive(t.index()) && args.passiveSubject(t.index()) >= 0) {
        things.add(args.passiveSubject(t.index())); // "the pact was signed by Japan"
      }
      for (int o : things) {
        memory.did(tree.token(o).lemma(), doers);
      }
    }
  }

  /** A verb of words about what others did: praise, appeal, criticism, rejection, threat. */
  private static boolean reaction(String lemma, VerbDictionary verbs) {
    return RECEIVING.contains(lemma.toLowerCase(Locale.ROOT))
        || verbs.patterns(lemma).stream()
            .anyMatch(
                p ->
                    p.object().isEmpty()
                        && p.ppPrep().isEmpty()
                        && (REACTION_CODES.contains(p.code().substring(0, 2))
                            || REACTION_CODES.contains(p.code().substring(0, 3))));
  }
}
