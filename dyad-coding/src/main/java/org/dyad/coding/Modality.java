package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.Token;

/**
 * Reads the modality of a predicate from its dependency context: negated ("did not attend"),
 * speculative ("could send", "expected to", "it remains to be seen"), blocked ("refused to attend")
 * or future ("will visit"); whether it is intended is {@link Intents}', and whether it is what
 * another word says or asks for is {@link Contents}'.
 *
 * <p>Thread safety: stateless.
 */
final class Modality {
  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no");

  /** Possibility, recommendation and obligation: "could send", "should support", "must stop". */
  private static final Set<String> SPECULATIVE_AUX =
      Set.of("could", "might", "may", "should", "must", "ought");

  /** Heads of an act that is expected, possible or needed, not done: "needs to strengthen". */
  private static final Set<String> SPECULATIVE_HEADS =
      Set.of(
          "expect",
          "likely",
          "possible",
          "unlikely",
          "see",
          "whether",
          "speculate",
          "predict",
          "forecast",
          "consider",
          "need",
          "ought",
          // an obligation is not yet its act: "are obliged to withdraw", "is required to sign"
          "oblige",
          "obligate",
          "require",
          "bind", // "is bound by law to help Taiwan"
          "suppose",
          // a fear is not yet its act: "fears that Turkey is going to attack"
          "fear",
          "worry");

  /** Verbs whose clause is wished for: "hopes that", "wishes that". */
  private static final Set<String> HOPES = Set.of("hope", "wish", "pray", "dream");

  private static final Set<String> PRESENT_HAVE = Set.of("has", "have", "having");

  /** Nouns whose infinitive is coded as its act: "an attempt to assassinate". */
  private static final Set<String> ATTEMPTS = Set.of("attempt", "bid");

  /** Ranks whose noun's infinitive tells what was done: "the first country to recognise". */
  private static final Set<String> RANKS =
      Set.of("first", "second", "third", "last", "only", "latest", "next");

  private static final Set<String> BLOCKING_HEADS =
      Set.of(
          "refuse",
          "fail",
          "decline",
          "deny",
          "avoid",
          "stop",
          "reject",
          "prevent",
          "halt",
          "oppose",
          "resist",
          "boycott",
          "suspend",
          "cease",
          "discontinue",
          "quit");

  /**
   * Heads whose complement is what is talked about: "met to discuss attacking Iran" attacks no one.
   */
  private static final Set<String> TOPIC_HEADS =
      Set.of("discuss", "debate", "weigh", "contemplate", "mull", "explore", "study", "review");

  /** "would" is the future of reported speech: "Macron said France would consult". */
  private static final Set<String> FUTURE_AUX = Set.of("will", "wo", "shall", "'ll", "would");

  private Modality() {}

  static boolean negated(DependencyTree tree, int verb) {
    for (int c : tree.children(verb)) {
      String rel = tree.baseRelation(c);
      String w = tree.token(c).word().toLowerCase(Locale.ROOT);
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
          && NEGATORS.contains(w)) {
        return true;
      }
      if (rel.equals("cc") && (w.equals("neither") || w.equals("nor"))) {
        return true; // "neither condemned nor praised", "nor did he oppose"
      }
    }
    // "The UAE denied arming the RSF": what is denied is not asserted.
    String rel = tree.relation(verb);
    int head = tree.head(verb);
    if (head >= 0 && tree.token(verb).pos().equals("VB")) {
      // "had no mandate to negotiate", "has no plans to visit" (the parser may hang the
      // infinitive on "had")
      List<Integer> owned =
          rel.equals("acl")
              ? List.of(head)
              : rel.equals("ccomp") && tree.token(head).lemma().equalsIgnoreCase("have")
                  ? tree.children(head, "obj")
                  : List.of();
      if (owned.stream().anyMatch(noun -> saysNo(tree, noun))) {
        return true;
      }
    }
    return head >= 0
        && Set.of("xcomp", "ccomp", "obj", "dep", "advcl").contains(rel)
        && DENIALS.contains(tree.token(head).lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether a noun is determined by "no": "no contact", "no plans". */
  static boolean saysNo(DependencyTree tree, int noun) {
    return tree.children(noun, "det").stream()
        .anyMatch(d -> tree.token(d).word().equalsIgnoreCase("no"));
  }

  private static final Set<String> DENIALS = Set.of("deny", "refute", "dismiss");

  /**
   * "said he would not provide support", "won't meet": a negated future of the verb itself is a
   * declared refusal, not a mere absence of the act.
   */
  static boolean refused(DependencyTree tree, int verb) {
    if (!negated(tree, verb)) {
      return false;
    }
    for (int c : tree.children(verb, "aux")) {
      if (FUTURE_AUX.contains(tree.token(c).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb refuses or opposes the act a noun under it names: "is opposed to re-entering
   * six-party talks", "boycotted the summit".
   */
  static boolean opposes(DependencyTree tree, int verb) {
    return BLOCKING_HEADS.contains(tree.token(verb).lemma().toLowerCase(Locale.ROOT));
  }

  /** Verbs whose object event does not take place: "postponed their meeting". */
  private static final Set<String> CALLING_OFF =
      Set.of(
          "postpone",
          "delay",
          "cancel",
          "defer",
          "suspend",
          "scrap",
          "shelve",
          "abandon",
          "scuttle",
          "adjourn",
          // Verbs that end a standing measure: "lifted the embargo" eases it (085), it imposes
          // none.
          "lift",
          "ease",
          "relax",
          "revoke",
          "repeal",
          "rescind");

  /** Phrasal verbs with the same sense: "called off the talks", "put off the visit". */
  private static final Set<String> CALLING_OFF_PHRASAL = Set.of("call off", "put off");

  /**
   * "Japan and China postponed their summit", "called off the visit", "lifted the embargo": the
   * event named by the verb's object did not happen (yet) or is ending, so the object noun is not
   * coded as an event.
   */
  static boolean callsOff(DependencyTree tree, int verb) {
    String lemma = tree.token(verb).lemma().toLowerCase(Locale.ROOT);
    if (CALLING_OFF.contains(lemma)) {
      return true;
    }
    for (int c : tree.children(verb, "compound:prt")) {
      if (CALLING_OFF_PHRASAL.contains(
          lemma + " " + tree.token(c).word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** Governors reached through control and coordination: "vowed to continue to foster". */
  static int governor(DependencyTree tree, int v) {
    String rel = tree.relation(v);
    if (rel.equals("xcomp") || rel.startsWith("conj") || rel.equals("ccomp") || rel.equals("acl")) {
      return tree.head(v);
    }
    if ((rel.equals("dep") || rel.equals("advcl"))
        && tree.children(v, "mark").stream()
            .anyMatch(m -> tree.token(m).word().equalsIgnoreCase("to"))) {
      // "was due to meet", the parser unsure of the link; a purpose shares its act's mood:
      // "should try to reason with Israel to allow" allows nothing yet
      return tree.head(v);
    }
    int to = tree.head(v);
    if (rel.equals("dep")
        && to >= 0
        && tree.token(to).word().equalsIgnoreCase("to")
        && tree.relation(to).equals("dep")) {
      return tree.head(to); // "looks forward to visiting China", "to" hung on the verb
    }
    return -1;
  }

  /**
   * An infinitive on a noun names an act not done: "Israel's right to defend itself", "a plot to
   * attack the US"; but "the first country to recognise Kosovo" did, and an attempt is coded as its
   * act. Intended acts ("a plan to attack") are intents, decided elsewhere.
   */
  private static boolean nounComplement(DependencyTree tree, int verb) {
    int noun = tree.head(verb);
    if (!tree.relation(verb).equals("acl")
        || noun < 0
        || !tree.token(noun).isNoun()
        || ATTEMPTS.contains(tree.token(noun).lemma().toLowerCase(Locale.ROOT))
        || Subjects.wherePredicate(tree, noun) // "Putin was in Berlin to meet Merkel": a purpose
        || tree.children(verb, "mark").stream().noneMatch(m -> tree.token(m).pos().equals("TO"))) {
      return false;
    }
    return tree.children(noun, "amod").stream().noneMatch(a -> ranks(tree, a));
  }

  /** "first", "only", "highest-ranking", "most senior": a rank among those who did the act. */
  private static boolean ranks(DependencyTree tree, int adjective) {
    return RANKS.contains(tree.token(adjective).word().toLowerCase(Locale.ROOT))
        || tree.token(adjective).pos().equals("JJS")
        || tree.children(adjective, "advmod").stream()
            .anyMatch(m -> tree.token(m).word().equalsIgnoreCase("most"));
  }

  /** Whether the verb has an infinitive "to" after the given token: "has to sign". */
  private static boolean toAfter(DependencyTree tree, int verb, int token) {
    return tree.children(verb, "mark").stream()
        .anyMatch(m -> m > token && tree.token(m).pos().equals("TO"));
  }

  static boolean speculative(DependencyTree tree, int verb) {
    for (int v = verb, from = -1, steps = 0;
        v >= 0 && steps < 4;
        from = v, v = governor(tree, v), steps++) {
      if (from >= 0
          && tree.relation(from).equals("ccomp")
          && HOPES.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))) {
        return true; // "hopes that Egypt will help Israel": a wish, not a deed
      }
      for (int c : tree.children(v, "aux")) {
        String aux = tree.token(c).word().toLowerCase(Locale.ROOT);
        if (SPECULATIVE_AUX.contains(aux) || (PRESENT_HAVE.contains(aux) && toAfter(tree, v, c))) {
          // "the deal has to be signed", parsed with "has" as an auxiliary; "is believed to have
          // killed" is a perfect
          return true;
        }
      }
      if (v == verb && tree.token(v).pos().equals("VB")) {
        for (int c : tree.children(v, "advmod")) {
          if (c < v && tree.token(c).word().equalsIgnoreCase("how")) {
            return true; // "to decide how to implement the treaty": a question, not a deed
          }
        }
      }
      for (int c : tree.children(v, "mark")) {
        String w = tree.token(c).word().toLowerCase(Locale.ROOT);
        if (w.equals("if") || w.equals("whether") || w.equals("unless")) {
          // a condition or a question: "unless the Kremlin closed its base", "asked if the
          // government is worried", whatever the parser hangs the clause on
          return true;
        }
      }
      if (Contents.ofADoubt(tree, v)) {
        return true; // "speculation that Israel will strike Iran", "suggestions the US was
        // preparing"
      }
      if (v != verb && SPECULATIVE_HEADS.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (v != verb && PRESENT_HAVE.contains(tree.token(v).word().toLowerCase(Locale.ROOT))) {
        return true; // "the deal has to be signed"; but "they had to retreat" did
      }
      if (v != verb && negated(tree, v)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs that keep the text or act they take as object from being issued: "vetoed a draft". */
  private static final Set<String> KEEPING_FROM =
      Set.of("block", "veto", "reject", "prevent", "oppose", "refuse", "shelve", "withdraw");

  /** Whether the noun is what a verb of blocking took as object: "vetoed a resolution". */
  private static boolean blockedThing(DependencyTree tree, int noun) {
    int v = tree.head(noun);
    return tree.token(noun).isNoun()
        && v >= 0
        && tree.relation(noun).equals("obj")
        && KEEPING_FROM.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT));
  }

  /**
   * "refused to attend", "chose not to respond", "to discuss attacking": the embedded action did
   * not happen. "accused B of arming C", "urged B to withdraw", "thanked B for helping": the
   * embedded action is the content of the accusation, appeal or thanks, which is the event; the
   * content is not coded.
   */
  static boolean blocked(DependencyTree tree, int verb) {
    String rel = tree.relation(verb);
    int g = tree.head(verb);
    if (g < 0) {
      return false;
    }
    if (tree.token(verb).pos().equals("VBG")
        && tree.children(verb).stream()
            .anyMatch(c -> tree.token(c).word().equalsIgnoreCase("against"))) {
      return true; // "warned its citizens against visiting Iraq", "an advisory against travelling"
    }
    if (rel.startsWith("acl") && blockedThing(tree, g)) {
      return true; // "blocked a UN statement criticising North Korea": no one criticised
    }
    String head = tree.token(g).lemma().toLowerCase(Locale.ROOT);
    boolean complement = rel.equals("xcomp") || rel.equals("ccomp");
    // the parser hangs a gerund topic on its verb as "dep": "discuss attacking North Korea"
    boolean topic = complement || (rel.equals("dep") && tree.token(verb).pos().equals("VBG"));
    return (complement && BLOCKING_HEADS.contains(head))
        || (topic && TOPIC_HEADS.contains(head))
        || (nounComplement(tree, verb) && Intents.head(tree, verb).isEmpty())
        || (rel.equals("xcomp")
            && WISH_HEADS.contains(head)
            && (tree.hasChild(g, "obj") || tree.hasChild(g, "nsubj:pass")))
        || (rel.equals("xcomp") && Contents.asked(tree, g))
        || Contents.ofAnAppeal(tree, verb);
  }

  /** "Obama wants Putin to attack Switzerland": a wish for another's act is not the act. */
  static final Set<String> WISH_HEADS =
      Set.of(
          "want",
          "wish",
          "like",
          "need",
          "prefer",
          // pressing another to act appeals to it (CAMEO.2.0 lists press and push with 02x)
          "press",
          "push",
          "pressure",
          "lobby");

  private static boolean goingTo(Token t) {
    return t.pos().equals("VBG") && t.lemma().equalsIgnoreCase("go");
  }

  /**
   * "will visit", "is going to attack"; also the purpose of a future act: in "will meet in Zurich
   * to discuss trade" the discussion is as future as the meeting.
   */
  static boolean future(DependencyTree tree, int verb) {
    for (int v = verb, steps = 0; v >= 0 && steps < 3; steps++) {
      for (int c : tree.children(v, "aux")) {
        if (FUTURE_AUX.contains(tree.token(c).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      String rel = tree.relation(v);
      boolean purpose =
          (rel.equals("advcl") || rel.equals("xcomp"))
              && tree.children(v, "mark").stream()
                  .anyMatch(m -> tree.token(m).word().equalsIgnoreCase("to"));
      v = purpose ? tree.head(v) : -1;
      if (v >= 0 && rel.equals("xcomp") && goingTo(tree.token(v))) {
        return true; // "Turkey is going to attack"
      }
    }
    return false;
  }
}
