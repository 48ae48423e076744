package org.dyad.nlp.corenlp;

import java.util.List;
import org.dyad.core.nlp.Dependency;
import org.dyad.core.nlp.Token;

/**
 * Undoes the garden path of a participle with its agent after the subject: "the negotiations
 * between Armenia and Azerbaijan hosted by the United States made progress", parsed with "hosted"
 * as the sentence's verb, "negotiations" its subject and the true verb "made" hung loose ("dep").
 * The loose finite verb becomes the root, the noun its subject and the participle the noun's
 * modifier.
 *
 * <p>Thread safety: stateless.
 */
final class ReducedRelatives {
  private ReducedRelatives() {}

  /** Rewrites {@code head} and {@code rel} in place; whether any arc changed. */
  static boolean apply(List<Token> tokens, int[] head, String[] rel) {
    int n = tokens.size();
    for (int participle = 0; participle < n; participle++) {
      int verb = trueVerb(tokens, head, rel, participle);
      if (verb < 0) {
        continue;
      }
      int subject = ParseRepairs.child(head, rel, participle, "nsubj");
      for (int c = verb + 1; c < n; c++) {
        if (head[c] == participle) {
          head[c] = verb; // the final full stop, and what else follows the true verb
        }
      }
      head[verb] = head[participle];
      rel[verb] = rel[participle];
      head[subject] = verb;
      rel[subject] = "nsubj";
      head[participle] = subject;
      rel[participle] = "acl";
      return true; // one garden path per sentence
    }
    return false;
  }

  /**
   * The finite verb hung loose under a root participle that has a subject before it and an agent
   * ("by") phrase, or -1 where the reading stands.
   */
  private static int trueVerb(List<Token> tokens, int[] head, String[] rel, int participle) {
    if (!tokens.get(participle).pos().equals("VBN")
        || head[participle] != Dependency.ROOT
        || ParseRepairs.child(head, rel, participle, "aux") >= 0
        || ParseRepairs.child(head, rel, participle, "aux:pass") >= 0
        || ParseRepairs.child(head, rel, participle, "cop") >= 0) {
      return -1;
    }
    int subject = ParseRepairs.child(head, rel, participle, "nsubj");
    if (subject < 0 || subject > participle || !tokens.get(subject).pos().startsWith("NN")) {
      return -1;
    }
    boolean agent = false;
    int verb = -1;
    for (int c = participle + 1; c < tokens.size(); c++) {
      if (head[c] != participle) {
        continue;
      }
      agent |=
          rel[c].startsWith("obl") && ParseRepairs.child(head, rel, c, "case", tokens, "by") >= 0;
      String pos = tokens.get(c).pos();
      if (verb < 0
          && rel[c].equals("dep")
          && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))
          && ParseRepairs.child(head, rel, c, "nsubj") < 0) {
        verb = c;
      }
    }
    return agent ? verb : -1;
  }
}
