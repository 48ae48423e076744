package org.dyad.coding;

import java.util.List;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;

/**
 * Events whose recipient the sentence leaves unsaid: a protest or a call for reform is made to the
 * state ({@link ProtestRecipients}: "demonstrators rioted"), a curfew to the people under it
 * ({@link RestrictionSites}: "imposed a curfew in Kirkuk").
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class ImplicitRecipients {
  private final ProtestRecipients protests;
  private final RestrictionSites restrictions;

  ImplicitRecipients(DependencyTree tree, Arguments args) {
    this.protests = new ProtestRecipients(tree, args);
    this.restrictions = new RestrictionSites(tree, args);
  }

  /**
   * Emits the event to its unsaid recipient if the code has one; false when the code is none of
   * these, and the targets found stand.
   */
  boolean emit(
      int verb,
      Pattern p,
      List<ActorMention> sources,
      List<ActorMention> targets,
      ReportedSpeech.Sink sink) {
    if (targets.isEmpty() && ProtestRecipients.isAddressedToTheState(p.code())) {
      protests.addressToTheState(verb, p, sources, sink);
      return true;
    }
    if (RestrictionSites.isOnAPopulation(p.code())
        && (targets.isEmpty() || restrictions.onlySites(verb, targets))) {
      restrictions.addressToThePeople(verb, p, sources, sink);
      return true;
    }
    return false;
  }
}
