package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.Actor;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.Token;

/**
 * The recipient of a protest, or of a call for political change, that names none. A crowd
 * protesting at home protests to its own government ("Egyptian demonstrators rioted" is EGYCVL
 * against EGYGOV); a crowd abroad to the state it protests in ("ethnic Albanians demonstrated in
 * Serbia"); activists demanding reform demand it of their government. This is how the PLOVER and
 * ConfliBERT coders code such events; without it they are no event at all.
 *
 * <p>Only a society's actors protest this way: a state "blocking" or "boycotting" with no party
 * named stays uncoded, and so does a protest that names a thing it is against.
 */
final class ProtestRecipients {
  /** Roles that are the state itself. */
  private static final Set<String> STATE_ROLES = Set.of("GOV", "MIL", "COP", "JUD", "LEG", "SPY");

  /** CAMEO's international and transnational prefixes, which have no government. */
  private static final Set<String> NOT_STATES =
      Set.of("IGO", "IMG", "INT", "MNC", "NGM", "NGO", "UIS");

  private final DependencyTree tree;
  private final Arguments args;

  ProtestRecipients(DependencyTree tree, Arguments args) {
    this.tree = tree;
    this.args = args;
  }

  /** Protests (14), and appeals and demands for political reform (024, 104). */
  static boolean isAddressedToTheState(String code) {
    return code.startsWith("14") || code.startsWith("024") || code.startsWith("104");
  }

  /**
   * A society's actor that protests demonstrates (141) where a state's protest is an official
   * complaint (114): "students protested" took to the streets, "China protested" sent a note.
   */
  static Pattern asDemonstration(Pattern general, Token verb, ActorMention protester) {
    return general.object().isEmpty()
            && general.ppPrep().isEmpty()
            && verb.lemma().toLowerCase(Locale.ROOT).equals("protest")
            && isSociety(protester.actor().code())
        ? general.withCode("141")
        : general;
  }

  /** Emits each protester's protest to the recipient {@link #of} gives it, if any. */
  void addressToTheState(
      int verb, Pattern protest, List<ActorMention> protesters, ReportedSpeech.Sink sink) {
    for (ActorMention named : protesters) {
      ActorMention protester = asPeople(named);
      of(verb, protester)
          .ifPresent(
              r -> sink.emit(verb, protest, List.of(protester), List.of(r), "implicit recipient"));
    }
  }

  /**
   * A people named by its demonym are its civilians when they protest: "Young Algerians blocked
   * roads" is DZACVL protesting to DZAGOV, where the bare country would protest to itself.
   */
  private ActorMention asPeople(ActorMention m) {
    ActorCode code = m.actor().code();
    Token head = tree.token(m.headToken());
    boolean demonymNoun =
        m.kind() == MentionKind.ADJECTIVE
            && (head.pos().equals("NNS") || head.pos().equals("NNPS"))
            && !tree.relation(m.headToken()).equals("amod")
            && !tree.relation(m.headToken()).equals("compound");
    if (!demonymNoun || code.isInternational() || !code.role().isEmpty()) {
      return m;
    }
    return m.withActor(
        new Actor(code.withRole("CVL"), m.actor().name() + " civilians", ActorKind.AGENT));
  }

  private static boolean isSociety(ActorCode code) {
    return !NOT_STATES.contains(code.country())
        && !code.isInternational()
        && !code.role().isEmpty()
        && !STATE_ROLES.contains(code.role());
  }

  /**
   * The government the protester's society protests to, standing on the protester's own words, or
   * the state named as the place of the protest; empty when the protester is not a society's actor.
   */
  Optional<ActorMention> of(int verb, ActorMention protester) {
    ActorCode code = protester.actor().code();
    if (!isSociety(code) || namesWhatItIsAgainst(verb)) {
      return Optional.empty();
    }
    ActorMention site = site(verb);
    for (int o : args.objects(verb)) {
      if (site == null) {
        site = site(o); // "staged rallies in the Gaza Strip"
      }
    }
    if (site != null && !site.actor().country().equals(code.country())) {
      String country = site.actor().country();
      return Optional.of(
          site.withActor(new Actor(ActorCode.of(country), site.actor().name(), ActorKind.STATE)));
    }
    ActorCode government = code.withRole("GOV");
    return Optional.of(
        protester.withActor(
            new Actor(government, code.country() + " government", ActorKind.AGENT)));
  }

  /**
   * Whether the protest names what it is against: "demonstrating against the construction of the
   * West Bank barrier" is addressed to whoever builds it, which the sentence does not say.
   */
  private boolean namesWhatItIsAgainst(int verb) {
    for (int[] ob : args.obliques(verb)) {
      String p = args.preposition(ob[0]);
      if (p.equals("against") || p.equals("over")) {
        return true;
      }
    }
    return false;
  }

  /** A state named as where it happened: "in Serbia", "in Hong Kong". */
  private ActorMention site(int head) {
    for (int c : PlacePhrases.inPhrases(tree, head)) {
      ActorMention m = args.at(c);
      if (m != null && !m.actor().code().isInternational() && m.actor().code().role().isEmpty()) {
        return m;
      }
    }
    return null;
  }
}
