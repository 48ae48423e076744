package org.dyad.nlp.corenlp;

import edu.stanford.nlp.process.Morphology;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.nlp.Dependency;
import org.dyad.core.nlp.Token;

/**
 * Undoes the parser's misreadings of gerunds: one that heads a noun compound ("killed in Israeli
 * tank shelling") read as a participle modifying the noun before it; one after a verb of stopping
 * ("stopped supplying weapons to Ukraine") read as a modifier of that verb's object; one after "to"
 * ("looked forward to meeting Kim Jong Un") read into the name it takes as object.
 *
 * <p>Thread safety: stateless.
 */
final class GerundRepairs {
  private GerundRepairs() {}

  /** Rewrites {@code head} and {@code rel} in place; whether any arc changed. */
  static boolean apply(List<Token> tokens, int[] head, String[] rel) {
    int n = tokens.size();
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
        int verb = clauseVerb(tokens, head, rel, object);
        for (int c = object + 1; c < n; c++) {
          if (head[c] == verb && (rel[c].equals("obl") || rel[c].equals("iobj"))) {
            head[c] = gerund; // "to Ukraine": the supplying's
          }
        }
        for (int c = object + 1; c < n; c++) {
          if (head[c] == object
              && rel[c].startsWith("nmod")
              && ParseRepairs.child(head, rel, c, "case", tokens, "from") >= 0) {
            head[c] = gerund; // "drawing criticism from the EU": who criticised
            rel[c] = "obl";
          }
        }
        head[gerund] = verb;
        rel[gerund] = tokens.get(gerund - 1).word().equals(",") ? "advcl" : "xcomp";
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
    return changed;
  }

  /**
   * The tokens with each gerund that {@link ParseRepairs#repair} made the head of a noun compound
   * tagged as the noun it is ("shelling", lemma "shelling"), as the tagger tags it where it parses
   * it so.
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
        && !ParseRepairs.hasAnyChild(head, gerund);
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
   * beginning, or after a comma ("met Putin, drawing criticism"), read as a modifier of the verb's
   * object. Returns the object, or -1.
   */
  private static int gerundReadAsObjectModifier(
      List<Token> tokens, int[] head, String[] rel, int gerund) {
    int object = head[gerund];
    if (!tokens.get(gerund).pos().equals("VBG")
        || !rel[gerund].equals("amod")
        || object <= gerund
        || !tokens.get(object).pos().startsWith("NN")
        || ParseRepairs.hasAnyChild(head, gerund)) {
      return -1;
    }
    int verb = clauseVerb(tokens, head, rel, object);
    boolean aspect =
        rel[object].equals("obj")
            && verb == gerund - 1
            && ASPECT_VERBS.contains(tokens.get(verb).lemma().toLowerCase(Locale.ROOT));
    // "met Putin in Beijing, drawing criticism from EU leaders": a participle clause after a
    // comma, its object hung on the verb before as that verb's object or as a loose modifier
    // ("expanded settlements, drawing criticism": obl:npmod)
    boolean clause =
        verb >= 0
            && verb < gerund - 1
            && tokens.get(gerund - 1).word().equals(",")
            && (rel[object].equals("obj")
                || (LOOSE.contains(rel[object]) && tokens.get(verb).isVerb()));
    return aspect || clause ? object : -1;
  }

  /**
   * The verb whose clause the participle's object was hung in: its head, or the verb of the object
   * it was made an apposition of ("annexed Crimea, sparking condemnation").
   */
  private static int clauseVerb(List<Token> tokens, int[] head, String[] rel, int object) {
    int h = head[object];
    if (LOOSE.contains(rel[object]) && h >= 0 && !tokens.get(h).isVerb() && rel[h].equals("obj")) {
      return head[h];
    }
    return h;
  }

  /** Relations the parser gives the object of a participle it misread as an adjective. */
  private static final Set<String> LOOSE = Set.of("obl:npmod", "nmod:npmod", "appos", "dep");

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
        || ParseRepairs.hasAnyChild(head, gerund)
        || !tokens.get(name).pos().startsWith("NNP")) {
      return -1;
    }
    int to = gerund - 1;
    boolean afterTo =
        tokens.get(to).word().equalsIgnoreCase("to") && head[to] == name && rel[to].equals("case");
    return afterTo ? name : -1;
  }
}
