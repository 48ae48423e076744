package org.dyad.nlp.corenlp;

import edu.stanford.nlp.process.Morphology;
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
 * hung on the clause's verb. Coded as parsed, China demands of China and urges Beijing. And a
 * gerund that heads a noun compound ("killed in Israeli tank shelling") read as a participle
 * modifying the noun before it, so the phrase is about a tank. And a participle after an object
 * ("warrants for two men sought in the slaying") read as a clause whose subject is the object.
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
    for (int gerund = 1; gerund < n; gerund++) {
      if (gerundReadAsModifier(tokens, head, rel, gerund)) {
        int noun = gerund - 1;
        for (int c = 0; c < n; c++) {
          if (head[c] == noun && c != gerund) {
            head[c] = gerund; // "in", "Israeli": the whole phrase's
          }
        }
        head[gerund] = head[noun];
        rel[gerund] = rel[noun];
        head[noun] = gerund;
        rel[noun] = "compound";
        changed = true;
      }
    }
    for (int gerund = 1; gerund + 1 < n; gerund++) {
      int object = gerundReadAsObjectModifier(tokens, head, rel, gerund);
      if (object >= 0) {
        int verb = head[object];
        for (int c = object + 1; c < n; c++) {
          if (head[c] == verb && (rel[c].equals("obl") || rel[c].equals("iobj"))) {
            head[c] = gerund; // "to Ukraine": the supplying's
          }
        }
        head[gerund] = verb;
        rel[gerund] = "xcomp";
        head[object] = gerund;
        rel[object] = "obj";
        changed = true;
      }
    }
    for (int gerund = 1; gerund + 1 < n; gerund++) {
      int name = gerundReadAsNameModifier(tokens, head, rel, gerund);
      if (name >= 0) {
        head[gerund] = head[name];
        rel[gerund] = "advcl";
        head[gerund - 1] = gerund;
        rel[gerund - 1] = "mark";
        head[name] = gerund;
        rel[name] = "obj";
        changed = true;
      }
    }
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

  /**
   * The tokens with each gerund that {@link #repair} made the head of a noun compound tagged as the
   * noun it is ("shelling", lemma "shelling"), as the tagger tags it where it parses it so.
   */
  static List<Token> retag(List<Token> tokens, List<Dependency> arcs) {
    List<Token> out = new ArrayList<>(tokens);
    for (Dependency d : arcs) {
      int verb = d.head();
      if (d.relation().equals("obj")
          && verb >= 0
          && verb < tokens.size()
          && tokens.get(verb).pos().equals("NN")
          && tokens.get(verb).word().endsWith("ing")) {
        Token t = tokens.get(verb); // a gerund the repair gave back its object: "meeting Kim"
        String lemma = Morphology.stemStatic(t.word(), "VBG").word();
        out.set(verb, new Token(t.index(), t.word(), lemma, "VBG", t.ner(), t.span()));
      }
      int gerund = d.head();
      if (d.relation().equals("compound")
          && gerund == d.dependent() + 1
          && gerund < tokens.size()
          && tokens.get(gerund).pos().equals("VBG")) {
        Token t = tokens.get(gerund);
        String noun = t.word().toLowerCase(Locale.ROOT);
        out.set(gerund, new Token(t.index(), t.word(), noun, "NN", t.ner(), t.span()));
      }
    }
    return out;
  }

  /**
   * "tank shelling": a bare gerund right after a common noun, read as its modifier, heads the
   * compound; a participle with dependents of its own ("troops firing rockets") is left alone.
   */
  private static boolean gerundReadAsModifier(
      List<Token> tokens, int[] head, String[] rel, int gerund) {
    int noun = gerund - 1;
    return tokens.get(gerund).pos().equals("VBG")
        && rel[gerund].equals("amod")
        && head[gerund] == noun
        && tokens.get(noun).pos().startsWith("NN")
        && !tokens.get(noun).pos().startsWith("NNP")
        && !hasAnyChild(head, gerund);
  }

  /** Verbs that take a gerund of what is stopped, begun or kept up: "stopped supplying arms". */
  private static final Set<String> ASPECT_VERBS =
      Set.of(
          "stop",
          "halt",
          "suspend",
          "cease",
          "end",
          "quit",
          "discontinue",
          "start",
          "begin",
          "resume",
          "continue",
          "keep");

  /**
   * "will stop supplying weapons to Ukraine": the gerund right after a verb of stopping or
   * beginning, read as a modifier of that verb's object. Returns the object, or -1.
   */
  private static int gerundReadAsObjectModifier(
      List<Token> tokens, int[] head, String[] rel, int gerund) {
    int object = head[gerund];
    int verb = gerund - 1;
    return tokens.get(gerund).pos().equals("VBG")
            && rel[gerund].equals("amod")
            && object > gerund
            && tokens.get(object).pos().startsWith("NN")
            && head[object] == verb
            && rel[object].equals("obj")
            && ASPECT_VERBS.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT))
            && !hasAnyChild(head, gerund)
        ? object
        : -1;
  }

  /**
   * "looked forward to meeting Kim Jong Un", "to hosting Xi": a gerund after "to", read as part or
   * modifier of the name it takes as object. Returns the name's head, or -1 where the reading
   * stands.
   */
  private static int gerundReadAsNameModifier(
      List<Token> tokens, int[] head, String[] rel, int gerund) {
    Token t = tokens.get(gerund);
    int name = head[gerund];
    boolean gerundForm =
        t.pos().equals("VBG") || (t.pos().equals("NN") && t.word().endsWith("ing"));
    if (!gerundForm
        || !(rel[gerund].equals("compound") || rel[gerund].equals("amod"))
        || name <= gerund
        || hasAnyChild(head, gerund)
        || !tokens.get(name).pos().startsWith("NNP")) {
      return -1;
    }
    int to = gerund - 1;
    boolean afterTo =
        tokens.get(to).word().equalsIgnoreCase("to") && head[to] == name && rel[to].equals("case");
    return afterTo ? name : -1;
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
    boolean complement =
        rel[clause].equals("ccomp")
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
        || tokens.get(noun).pos().startsWith("NNP")) {
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

  private static int child(int[] head, String[] rel, int parent, String relation) {
    for (int c = 0; c < head.length; c++) {
      if (head[c] == parent && rel[c].equals(relation)) {
        return c;
      }
    }
    return -1;
  }

  private static boolean hasAnyChild(int[] head, int parent) {
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

  private static int child(
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
    for (int c = 0; c < head.length; c++) {
      if (head[c] == parent && rel[c].equals(relation)) {
        return true;
      }
    }
    return false;
  }
}
