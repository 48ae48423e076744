package org.dyad.nlp.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.Dependency;
import org.dyad.core.nlp.Token;

/**
 * Undoes misreadings the CoreNLP parser makes of wire copy: a "that" clause after an adverbial
 * ("demanded through diplomatic channels that China lift the ban") read as a relative clause on the
 * adverbial's noun, and a second verb of the reporting subject ("and urged Beijing to hold talks")
 * hung on the clause's verb. Coded as parsed, China demands of China and urges Beijing. A
 * participle after a noun ("warrants for two men sought in the slaying", "troops deployed in Mali
 * will leave") read as a clause of its own; an infinitive of an owned intent noun ("the decision by
 * Turkey to ratify") read as the verb's. Gerunds are {@link GerundRepairs}', participles with an
 * agent read as the main verb {@link ReducedRelatives}'.
 *
 * <p>Thread safety: stateless.
 */
final class ParseRepairs {
  /** Verbs that take a "that" clause: only they can own one the parser hung on a noun. */
  private static final Set<String> THAT_CLAUSE_VERBS =
      Set.of(
          "say",
          "demand",
          "insist",
          "urge",
          "ask",
          "request",
          "announce",
          "declare",
          "state",
          "warn",
          "agree",
          "propose",
          "suggest",
          "stress",
          "emphasise",
          "emphasize",
          "argue",
          "claim",
          "report",
          "tell",
          "add",
          "note",
          "confirm",
          "deny",
          "assure",
          "promise",
          "pledge",
          "vow",
          "recommend",
          "believe",
          "hope",
          "fear",
          "decide",
          "order",
          "rule",
          "conclude",
          "acknowledge",
          "admit",
          "allege",
          "reiterate",
          "repeat",
          "signal",
          "indicate",
          "show",
          "reveal",
          "inform",
          "notify",
          "remind",
          "explain",
          "accept");

  private ParseRepairs() {}

  /** The arcs with the misreadings undone; others unchanged. */
  static List<Dependency> repair(List<Token> tokens, List<Dependency> arcs) {
    int n = tokens.size();
    int[] head = new int[n];
    String[] rel = new String[n];
    for (int i = 0; i < n; i++) {
      head[i] = Dependency.ROOT;
      rel[i] = "";
    }
    for (Dependency d : arcs) {
      if (d.dependent() >= n) {
        return arcs; // not a tree over these tokens; leave it to the consumers' own checks
      }
      head[d.dependent()] = d.head();
      rel[d.dependent()] = d.relation();
    }
    boolean changed = false;
    changed |= GerundRepairs.apply(tokens, head, rel);
    changed |= ReducedRelatives.apply(tokens, head, rel);
    for (int clause = 0; clause < n; clause++) {
      int intent = infinitiveOfAnIntentNoun(tokens, head, rel, clause);
      if (intent >= 0) {
        head[clause] = intent; // "welcomed the decision by Turkey to ratify": Turkey's decision
        rel[clause] = "acl";
        changed = true;
      }
    }
    for (int clause = 0; clause < n; clause++) {
      int noun = participleReadAsClause(tokens, head, rel, clause);
      if (noun >= 0) {
        int subject = child(head, rel, clause, "nsubj");
        head[subject] = head[clause];
        rel[subject] = rel[clause].equals("csubj") ? "nsubj" : "obj";
        head[clause] = noun;
        rel[clause] = "acl";
        changed = true;
      }
    }
    for (int clause = 0; clause < n; clause++) {
      if (complementReadAsRelative(tokens, head, rel, clause)) {
        int that = child(head, rel, clause, "obj", tokens, "that");
        int noun = head[clause];
        head[clause] = head[noun];
        rel[clause] = "ccomp";
        rel[that] = "mark";
        changed = true;
        for (int verb = 0; verb < n; verb++) {
          if (reportersVerbOnComplement(tokens, head, rel, clause, verb)) {
            head[verb] = head[clause];
          }
        }
      }
    }
    if (!changed) {
      return arcs;
    }
    List<Dependency> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (!rel[i].isEmpty()) {
        out.add(new Dependency(head[i], i, rel[i]));
      }
    }
    return out;
  }

  /** Nouns whose infinitive tells what is decided, planned or offered: "a decision to ratify". */
  private static final Set<String> INTENT_NOUNS =
      Set.of(
          "decision",
          "plan",
          "bid",
          "offer",
          "pledge",
          "promise",
          "commitment",
          "proposal",
          "move",
          "attempt",
          "effort",
          "intention",
          "readiness",
          "willingness",
          "threat",
          "agreement");

  /**
   * "welcomed the decision by Turkey to ratify Sweden's bid": an infinitive after the verb's
   * object, a noun of intent, read as the verb's own complement. Returns the noun, or -1.
   */
  private static int infinitiveOfAnIntentNoun(
      List<Token> tokens, int[] head, String[] rel, int clause) {
    int verb = head[clause];
    if (!rel[clause].equals("xcomp") || verb < 0 || !tokens.get(clause).pos().equals("VB")) {
      return -1;
    }
    int object = child(head, rel, verb, "obj");
    boolean intentNoun =
        object >= 0
            && object < clause
            && INTENT_NOUNS.contains(tokens.get(object).lemma().toLowerCase(Locale.ROOT));
    return intentNoun && ownedByAnother(tokens, head, rel, object) ? object : -1;
  }

  /**
   * Whether a noun names whose it is: "the decision by Turkey", "Iran's offer", "an agreement
   * between the US and Britain". Without one ("announced plans to help India"), the verb's subject
   * is the one who intends, and the parse says so already.
   */
  private static boolean ownedByAnother(List<Token> tokens, int[] head, String[] rel, int noun) {
    for (int c = 0; c < head.length; c++) {
      if (head[c] != noun) {
        continue;
      }
      if (rel[c].equals("nmod:poss") && !tokens.get(c).pos().startsWith("PRP")) {
        return true; // not "its plan": whose the pronoun is may be read wrong
      }
      if (rel[c].equals("nmod")) {
        for (int k = 0; k < head.length; k++) {
          String w = tokens.get(k).word().toLowerCase(Locale.ROOT);
          if (head[k] == c && rel[k].equals("case") && (w.equals("by") || w.equals("between"))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * "issued arrest warrants for two men sought in the slaying": a participle after a noun, read as
   * a past-tense clause with the verb's object as its subject, complementing a verb that takes no
   * clause; or read as the subject clause of a verb without subject ("troops deployed in Mali will
   * leave"). Returns the noun the participle modifies, or -1 where the reading stands.
   */
  private static int participleReadAsClause(
      List<Token> tokens, int[] head, String[] rel, int clause) {
    String pos = tokens.get(clause).pos();
    int verb = head[clause];
    if (!(pos.equals("VBD") || pos.equals("VBN")) || verb < 0 || !tokens.get(verb).isVerb()) {
      return -1;
    }
    // "released six Americans jailed in Caracas": the participle hung loose ("dep") under a verb
    // left without its object
    boolean loose = rel[clause].equals("dep") && pos.equals("VBN");
    boolean complement =
        (rel[clause].equals("ccomp") || loose)
            && !THAT_CLAUSE_VERBS.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))
            && !hasChild(head, rel, verb, "obj");
    // "troops deployed in Mali will leave": the participle read as the clausal subject
    boolean subjectClause =
        rel[clause].equals("csubj")
            && pos.equals("VBN") // not "Bosnia and Slovenia agreed to a ceasefire ..."
            && clause < verb
            && !hasChild(head, rel, verb, "nsubj");
    if (!complement && !subjectClause) {
      return -1;
    }
    for (String own : List.of("mark", "obj", "aux", "aux:pass", "cop", "expl")) {
      if (hasChild(head, rel, clause, own)) {
        return -1; // "said that ...", "saw troops had fired": a clause of its own
      }
    }
    int subject = child(head, rel, clause, "nsubj");
    int noun = clause - 1;
    if (subject < 0
        || (complement && subject < verb)
        || subject > noun
        || !tokens.get(noun).pos().startsWith("NN")
        || (tokens.get(noun).pos().startsWith("NNP")
            && !(complement && pos.equals("VBN") && tokens.get(noun).pos().equals("NNPS")))) {
      return -1;
    }
    for (int k = noun, steps = 0; steps < 4; k = head[k], steps++) {
      if (k == subject) {
        return noun; // the noun before the participle is in the object's phrase
      }
      if (k < 0 || k == clause) {
        return -1;
      }
    }
    return -1;
  }

  /** The first child of {@code parent} by {@code relation}, or -1. */
  static int child(int[] head, String[] rel, int parent, String relation) {
    for (int c = 0; c < head.length; c++) {
      if (head[c] == parent && rel[c].equals(relation)) {
        return c;
      }
    }
    return -1;
  }

  static boolean hasAnyChild(int[] head, int parent) {
    for (int h : head) {
      if (h == parent) {
        return true;
      }
    }
    return false;
  }

  /**
   * A relative clause whose "that" is its object though it has an object and a subject of its own:
   * "that" cannot be a relative pronoun there, so the clause complements the verb the noun hangs
   * on.
   */
  private static boolean complementReadAsRelative(
      List<Token> tokens, int[] head, String[] rel, int clause) {
    if (!rel[clause].equals("acl:relcl") || !tokens.get(clause).isVerb()) {
      return false;
    }
    int noun = head[clause];
    if (noun < 0
        || head[noun] < 0
        || !tokens.get(head[noun]).isVerb()
        || !THAT_CLAUSE_VERBS.contains(tokens.get(head[noun]).lemma().toLowerCase(Locale.ROOT))) {
      return false; // "taken hostage with the demand that Italy withdraw": the noun's clause
    }
    int that = child(head, rel, clause, "obj", tokens, "that");
    if (that < 0 || that > clause) {
      return false;
    }
    boolean ownSubject = false;
    boolean ownObject = false;
    for (int c = 0; c < head.length; c++) {
      if (head[c] == clause && c != that) {
        ownSubject |= rel[c].equals("nsubj");
        ownObject |= rel[c].equals("obj");
      }
    }
    return ownSubject && ownObject;
  }

  /**
   * "that China lift the ban and urged Beijing": a past-tense verb joined to the bare verb of a
   * "that" clause does not share the clause's subjunctive; it is the reporting subject's second
   * act.
   */
  private static boolean reportersVerbOnComplement(
      List<Token> tokens, int[] head, String[] rel, int clause, int verb) {
    return head[verb] == clause
        && rel[verb].equals("conj")
        && tokens.get(clause).pos().equals("VB")
        && tokens.get(verb).pos().equals("VBD")
        && !hasChild(head, rel, verb, "nsubj");
  }

  /** The child of {@code parent} by {@code relation} that is the word {@code word}, or -1. */
  static int child(
      int[] head, String[] rel, int parent, String relation, List<Token> tokens, String word) {
    for (int c = 0; c < head.length; c++) {
      if (head[c] == parent
          && rel[c].equals(relation)
          && tokens.get(c).word().toLowerCase(Locale.ROOT).equals(word)) {
        return c;
      }
    }
    return -1;
  }

  private static boolean hasChild(int[] head, String[] rel, int parent, String relation) {
    return child(head, rel, parent, relation) >= 0;
  }
}
