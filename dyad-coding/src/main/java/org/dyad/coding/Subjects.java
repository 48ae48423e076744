package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.DependencyTree;

/**
 * Finds who does what a verb says where the verb has no subject of its own: the agent of a passive,
 * the doer of the attack a death happened in, the object of a controlling verb ("urged Iran to
 * stop"), the antecedent of a relative pronoun, the subject of the clause a participle or
 * infinitive hangs on.
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class Subjects {
  private static final Set<String> OBJECT_CONTROL =
      Set.of(
          "urge",
          "ask",
          "tell",
          "invite",
          "call",
          "order",
          "force",
          "allow",
          "persuade",
          "encourage",
          "press",
          "push",
          "pressure",
          "help",
          "prompt",
          "compel",
          "oblige",
          "require",
          "warn",
          "advise",
          "instruct",
          "recruit",
          "train",
          "authorize",
          "authorise",
          "enable",
          "permit",
          "convince",
          "lead");

  /**
   * Plural pronouns that, unresolved, stand for the speakers of the clause they are in ("we" does
   * not: in quoted speech it is often a wider group than the speaker).
   */
  private static final Set<String> SPEAKERS_PRONOUNS = Set.of("they");

  private static final Set<String> RELATIVE_WORDS = Set.of("who", "which", "that", "whom");

  private final DependencyTree tree;
  private final Arguments args;

  Subjects(DependencyTree tree, Arguments args) {
    this.tree = tree;
    this.args = args;
  }

  /**
   * Whether the noun is a named place said of a subject by a copula: "Kenya" in "the minister was
   * in Kenya", which the parser makes the clause's head.
   */
  static boolean wherePredicate(DependencyTree tree, int noun) {
    return tree.token(noun).pos().startsWith("NNP")
        && tree.hasChild(noun, "cop")
        && tree.hasChild(noun, "case");
  }

  /** The token standing as the verb's subject, inherited where the verb has none; -1 if none. */
  int of(int verb) {
    for (int step = 0, v = verb, from = -1; step < 5 && v >= 0; step++) {
      if (args.passive(v)) {
        List<Integer> patient = tree.children(v, "nsubj:pass");
        if (from >= 0 && whileClause(from) && !patient.isEmpty()) {
          return patient.get(0); // "was detained by US troops while crossing into Iraq": he crossed
        }
        if (from >= 0 && tree.relation(from).equals("xcomp") && !patient.isEmpty()) {
          // "Lavrov is scheduled to visit China", "Obama was pressured by Congress to help Iran":
          // the one asked or forced does it, not the asker
          return patient.get(0);
        }
        for (int c : tree.children(v, "obl")) {
          if (tree.caseMarker(c).equals("by")) {
            return c;
          }
        }
        for (int c : tree.children(v, "obl")) {
          int doer = args.attackDoer(c);
          if (doer >= 0) {
            return doer; // "were killed in an Israeli air strike": the strike's doer killed them
          }
        }
        if (v == verb) {
          return -1;
        }
      }
      for (int c : tree.children(v, "nsubj")) {
        if (tree.relation(c).equals("nsubj:pass")) {
          continue;
        }
        String w = tree.token(c).word().toLowerCase(Locale.ROOT);
        if (RELATIVE_WORDS.contains(w) && tree.relation(v).startsWith("acl")) {
          return tree.head(v); // "Putin, who agreed ...": the relative's antecedent
        }
        if (!(SPEAKERS_PRONOUNS.contains(w)
            && args.at(c) == null
            && tree.relation(v).equals("ccomp"))) {
          return c;
        }
        // "Obama and Putin said they will attack Iraq": the speakers, however many
      }
      String rel = tree.relation(v);
      int g = tree.head(v);
      if (g < 0) {
        return -1;
      }
      if (rel.equals("xcomp")
          && OBJECT_CONTROL.contains(tree.token(g).lemma().toLowerCase(Locale.ROOT))) {
        List<Integer> objs = tree.children(g, "obj");
        if (!objs.isEmpty()) {
          return objs.get(0);
        }
      }
      int addressee = rel.startsWith("advcl") ? addresseeOfARequest(v, g) : -1;
      if (addressee >= 0) {
        return addressee; // "renewed its appeal to Belgium to extradite him": Belgium would
      }
      if (rel.startsWith("acl") && wherePredicate(tree, g)) {
        // "The minister was in Kenya before travelling to Sudan": the copula's subject travelled
        from = v;
        v = g;
        continue;
      }
      if (tree.hungOnARelative(v)) {
        // "Sarkozy, whose country holds the EU presidency, offered to mediate": the parser hangs
        // the main verb on the relative clause; its subject is who the clause is about
        return tree.head(g);
      }
      if (rel.startsWith("acl") && venueOfAClause(v, g)) {
        // "filed a case at the International Court of Justice accusing Israel": who filed it
        // accuses, not the court the parser hung the participle on
        from = v;
        v = tree.head(g);
        continue;
      }
      if (rel.startsWith("acl") && tree.token(g).isNoun()) {
        int issuer = issuerOf(g);
        // "the official to visit China", "Ukrainian troops backed by tanks"; "adopted a
        // resolution condemning North Korea": who adopted it condemns
        return issuer >= 0 ? issuer : g;
      }
      if (!(rel.equals("xcomp")
          || rel.startsWith("conj")
          || rel.startsWith("advcl")
          || rel.equals("ccomp")
          || rel.equals("dep"))) {
        return -1;
      }
      from = v;
      v = rel.startsWith("conj") ? clauseOf(v, g) : g;
    }
    return -1;
  }

  /**
   * Whom a request the clause's head verb makes is addressed to, where the infinitive is what they
   * are asked to do: "renewed its appeal to Belgium to extradite", "sent a request to Kenya to hand
   * over"; -1 if none.
   */
  private int addresseeOfARequest(int infinitive, int head) {
    boolean toInfinitive =
        tree.children(infinitive, "mark").stream()
            .anyMatch(m -> tree.token(m).word().equalsIgnoreCase("to"));
    boolean request =
        tree.children(head, "obj").stream()
            .anyMatch(o -> REQUEST_NOUNS.contains(tree.token(o).lemma().toLowerCase(Locale.ROOT)));
    if (!toInfinitive || !request) {
      return -1;
    }
    for (int c : tree.children(head, "obl")) {
      if (c < infinitive && tree.caseMarker(c).equals("to")) {
        return c;
      }
    }
    return -1;
  }

  private static final Set<String> REQUEST_NOUNS =
      Set.of("appeal", "request", "plea", "call", "demand", "ultimatum", "invitation", "order");

  /**
   * The verb a finite verb is joined to, where the parser joined it to a word inside that verb's
   * clause: in "rejected the allegations as absurd and expelled six diplomats" it hangs "expelled"
   * on "absurd".
   */
  private int clauseOf(int verb, int joinedTo) {
    String pos = tree.token(verb).pos();
    boolean finite = pos.equals("VBD") || (pos.equals("VBN") && tree.hasChild(verb, "obj"));
    if (tree.token(joinedTo).isVerb() || !finite) {
      return joinedTo; // a participle with no object may be an adjective: "baseless and motivated"
    }
    for (int k = tree.head(joinedTo), steps = 0; k >= 0 && steps < 3; k = tree.head(k), steps++) {
      if (tree.token(k).isVerb()) {
        return k;
      }
    }
    return joinedTo;
  }

  /** Prepositions of where a clause's act took place. */
  private static final Set<String> VENUE_CASES = Set.of("at", "in", "outside", "before");

  /** Whether a participle hangs on where its clause took place: "spoke at the UN, accusing". */
  private boolean venueOfAClause(int participle, int noun) {
    return tree.token(participle).pos().equals("VBG")
        && tree.relation(noun).equals("obl")
        && VENUE_CASES.contains(tree.caseMarker(noun))
        && tree.head(noun) >= 0;
  }

  /** Texts that say what their issuer says: "a resolution condemning", "a statement urging". */
  private static final Set<String> TEXTS =
      Set.of(
          "resolution",
          "statement",
          "declaration",
          "communique",
          "communiqué",
          "report",
          "letter",
          "motion",
          "bill",
          "case",
          "lawsuit",
          "complaint",
          "petition");

  /** Verbs of issuing a text: its issuer says what it says; one who votes for it may not. */
  private static final Set<String> ISSUING =
      Set.of(
          "adopt",
          "issue",
          "release",
          "pass",
          "publish",
          "approve",
          "send",
          "write",
          "sign",
          "deliver",
          "read",
          "unveil",
          "submit",
          "table",
          "draft",
          "circulate",
          "file",
          "lodge",
          "bring",
          "present");

  /** The subject of the verb that issued a text naming no author of its own, or -1. */
  int issuerOf(int text) {
    int v = tree.head(text);
    if (!TEXTS.contains(tree.token(text).lemma().toLowerCase(Locale.ROOT))
        || v < 0
        || !ISSUING.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))
        || !tree.relation(text).equals("obj")
        || !args.actorsOf(text).isEmpty()) {
      return -1;
    }
    List<Integer> subjects = tree.children(v, "nsubj");
    return subjects.isEmpty() ? -1 : subjects.get(0);
  }

  /** Markers of a participle clause that tells what its head's subject was doing at the time. */
  private static final Set<String> TIME_MARKERS = Set.of("while", "when", "as", "after", "before");

  /** A participle clause of time: "while crossing into Iraq", "after leaving the embassy". */
  private boolean whileClause(int clause) {
    return tree.relation(clause).startsWith("advcl")
        && tree.token(clause).pos().equals("VBG")
        && tree.children(clause, "mark").stream()
            .anyMatch(m -> TIME_MARKERS.contains(tree.token(m).word().toLowerCase(Locale.ROOT)));
  }
}
