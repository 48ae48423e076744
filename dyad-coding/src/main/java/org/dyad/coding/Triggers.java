package org.dyad.coding;

import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * Whether a sentence holds anything the coder could code, read from its tokens before it is parsed:
 * a verb with an event pattern whose words are in the sentence, an event noun (any word but a
 * verb), a stance adjective, a verdict passed by naming, a report with a demand or a word of force,
 * forces leaving.
 *
 * <p>Thread safety: stateless.
 */
final class Triggers {
  private Triggers() {}

  static boolean any(ParsedSentence sentence, VerbDictionary verbs) {
    VerbDictionary.SentenceForms forms = null;
    for (Token t : sentence.tokens()) {
      if (t.isVerb() && forms == null && !verbs.patterns(t.lemma()).isEmpty()) {
        forms = new VerbDictionary.SentenceForms(sentence.tokens());
      }
      if (t.isVerb()
          ? forms != null && verbs.mayCodeIn(t.lemma(), forms)
          : verbs.noun(t.lemma()).isPresent()) {
        return true;
      }
    }
    return ReportedSpeech.mayCode(sentence, verbs)
        || Stances.mayWishForAnother(sentence.tokens())
        || StanceAdjectives.mayCode(sentence.tokens())
        || Appraisals.mayCode(sentence.tokens())
        || Withdrawals.mayCode(sentence.tokens());
  }
}
