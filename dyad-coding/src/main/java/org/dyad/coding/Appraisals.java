package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.Token;

/**
 * Verdicts passed on another party's doings by naming them: "called the remarks by Bolivia's
 * president unacceptable", "branded the US sanctions illegal", "described Pakistan's claims as
 * baseless", "called Iran's missile test a violation of UN resolutions" (111); "called the talks
 * constructive" (051). The verbs of naming carry no event of their own in the dictionaries; the
 * word they apply, or its adjective, says which way the verdict goes. The party judged is the one
 * the judged phrase names.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class Appraisals {
  private static final Set<String> NAMING_VERBS =
      Set.of(
          "call",
          "describe",
          "brand",
          "term",
          "label",
          "dub",
          "characterize",
          "characterise",
          "regard",
          "consider");

  private static final String CRITICISM = "111";
  private static final String PRAISE = "051";

  /** Words of a verdict, alone or as the adjective of the word applied ("a dangerous step"). */
  private static final Map<String, String> VERDICTS = verdicts();

  private static Map<String, String> verdicts() {
    Map<String, String> m = new java.util.HashMap<>();
    for (String w :
        List.of(
            "unacceptable",
            "illegal",
            "illegitimate",
            "unlawful",
            "baseless",
            "groundless",
            "unfounded",
            "absurd",
            "ridiculous",
            "provocative",
            "provocation",
            "irresponsible",
            "dangerous",
            "reckless",
            "outrageous",
            "unjustified",
            "unjustifiable",
            "hostile",
            "aggressive",
            "destabilizing",
            "destabilising",
            "deplorable",
            "regrettable",
            "shameful",
            "disgraceful",
            "racist",
            "fabricated",
            "lie",
            "violation",
            "aggression",
            "crime",
            "interference",
            "farce",
            "sham",
            "propaganda",
            "insult",
            "blackmail",
            "hypocritical",
            "unfriendly",
            "counterproductive",
            "inhumane",
            "barbaric",
            "cowardly",
            "criminal",
            "fraudulent",
            "rigged",
            "nonsense",
            "slander",
            "malicious",
            "politicized",
            "politicised")) {
      m.put(w, CRITICISM);
    }
    for (String w :
        List.of(
            "constructive",
            "positive",
            "historic",
            "breakthrough",
            "milestone",
            "fruitful",
            "productive",
            "successful",
            "landmark")) {
      m.put(w, PRAISE);
    }
    return Map.copyOf(m);
  }

  private final DependencyTree tree;
  private final Arguments args;

  Appraisals(DependencyTree tree, Arguments args) {
    this.tree = tree;
    this.args = args;
  }

  /** Whether the sentence has a verb of naming and a verdict word: the pre-parse test. */
  static boolean mayCode(List<Token> tokens) {
    return tokens.stream().anyMatch(t -> NAMING_VERBS.contains(lemma(t)))
        && tokens.stream().anyMatch(t -> VERDICTS.containsKey(lemma(t)));
  }

  /** Codes the verdict verb {@code v} passes, if it is one and judges a party's doing. */
  void code(int v, ReportedSpeech.Sink sink) {
    if (!NAMING_VERBS.contains(lemma(tree.token(v)))
        || args.passive(v)
        || Modality.negated(tree, v)
        || Modality.speculative(tree, v)) {
      return;
    }
    int subj = args.subject(v);
    List<ActorMention> sources = subj < 0 ? List.of() : args.actorsOf(subj);
    if (sources.isEmpty()) {
      return;
    }
    Set<ActorCode> own = Arguments.codes(sources);
    for (int[] judged : judgements(v)) {
      String verdict = verdictOf(judged[1]);
      List<ActorMention> targets = verdict == null ? List.of() : args.actorsOf(judged[0], own);
      if (!targets.isEmpty()) {
        Pattern p = Pattern.bare("verdict:" + verdict, verdict, VERDICTS.get(verdict), "dyad");
        sink.emit(v, p, sources, targets, "");
        return;
      }
    }
  }

  /**
   * The (judged phrase, word applied) pairs of a verb of naming: its small clause ("branded [the
   * sanctions] [illegal]"), its "as" phrase, or a second noun the parser hung on the object.
   */
  private List<int[]> judgements(int v) {
    List<int[]> out = new ArrayList<>();
    List<Integer> objects = tree.children(v, "obj");
    for (int x : tree.children(v, "xcomp")) {
      for (int s : tree.children(x, "nsubj")) {
        out.add(new int[] {s, x});
      }
      for (int o : objects) {
        out.add(new int[] {o, x});
      }
    }
    for (int c : tree.children(v)) {
      String rel = tree.relation(c);
      if ((rel.startsWith("obl") || rel.equals("advcl")) && tree.caseMarker(c).equals("as")) {
        List<Integer> judged = objects.isEmpty() ? args.objects(v) : objects;
        for (int o : judged) {
          if (o != c) {
            out.add(new int[] {o, c});
          }
        }
      }
    }
    for (int o : objects) {
      int second = args.secondNoun(o);
      if (second >= 0) {
        out.add(new int[] {o, second}); // "called Iran's test a violation", parsed as "dep"
      }
    }
    return out;
  }

  /**
   * The verdict word of the word applied: itself, one of its adjectives, or a word joined to it
   * ("candid and constructive"); null if none.
   */
  private String verdictOf(int applied) {
    List<Integer> words = new ArrayList<>(List.of(applied));
    words.addAll(tree.children(applied, "conj"));
    for (int w : words) {
      String own = lemma(tree.token(w));
      if (VERDICTS.containsKey(own)) {
        return own;
      }
      for (int a : tree.children(w, "amod")) {
        String adjective = lemma(tree.token(a));
        if (VERDICTS.containsKey(adjective)) {
          return adjective;
        }
      }
    }
    return null;
  }

  private static String lemma(Token t) {
    return t.lemma().toLowerCase(Locale.ROOT);
  }
}
