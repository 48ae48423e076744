package org.dyad.coding;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.nlp.DependencyTree;

/**
 * Finds whom a verb acts on: the passive subject, the object, an object of its complement, a
 * prepositional argument, the subject of a reported clause, or the doer of a thing the story told
 * of before ("condemned the drills").
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class TargetFinder {
  /**
   * What was found, and how: {@code implicit} when the target came from an earlier sentence, {@code
   * futureClause} when it is the subject of a clause about the future ("agreed that Ukraine would
   * be invited").
   */
  record Found(List<ActorMention> actors, boolean implicit, boolean futureClause) {
    static final Found NONE = new Found(List.of(), false, false);

    static Found of(List<ActorMention> actors) {
      return new Found(actors, false, false);
    }
  }

  /**
   * Verbs whose object is a topic, not a party: "discussed efforts to counter Islamic State" does
   * not consult Islamic State. Their target comes from "with" and the like only.
   */
  private static final Set<String> TOPIC_VERBS =
      Set.of("discuss", "debate", "review", "examine", "consider", "study", "explore", "address");

  private static final List<String> TARGET_PREPS =
      List.of(
          "to", "with", "against", "on", "at", "into", "toward", "towards", "around", "near", "off",
          "from", "in", "over", "for", "of");

  private static final String RECOGNITION = "054";

  /** Codes of material conflict, roots 14-20: protest, force posture, coercion, violence. */
  private static boolean materialConflict(String code) {
    return code.compareTo("14") >= 0;
  }

  /**
   * "Warned their people about Gondor", "complained about Japanese textbooks": the party an
   * expression of disapproval (11), rejection (12) or threat (13) is about is its target. After
   * other verbs "about" names a topic: "wanted to talk about regime change in Iraq".
   */
  private static final Set<String> ABOUT_TARGET_ROOTS = Set.of("11", "12", "13");

  private final DependencyTree tree;
  private final Arguments args;
  private final PlacePhrases places;
  private final HarmedParties harmed;
  private final ReplyTargets replies;
  private final Venues venues;
  private final DeedTargets deeds;
  private final PartiesOfPurpose purposes;

  TargetFinder(DependencyTree tree, Arguments args, DocumentMemory memory) {
    this.tree = tree;
    this.args = args;
    this.places = new PlacePhrases(tree, args);
    this.harmed = new HarmedParties(tree, args);
    this.replies = new ReplyTargets(tree, args, memory);
    this.venues = new Venues(tree, args);
    this.deeds = new DeedTargets(tree, args, memory);
    this.purposes = new PartiesOfPurpose(tree, args, places);
  }

  /**
   * The targets of verb {@code v}, coded {@code code}, passing over the sources' own side. A state
   * across a border is where words and deals happen ("signed a treaty with rebels at the border
   * with Eritrea"), but what force and alerts are aimed at ("tightened security along its border
   * with Kyrgyzstan").
   */
  Found of(int v, Set<ActorCode> sources, String code) {
    Found found = find(v, sources, code);
    if (NounPhraseActors.countries(sources).size() > 1
        && Venues.meeting(code)
        && !found.implicit()
        && found.actors().stream().allMatch(m -> venues.of(v, m))) {
      return Found.NONE; // "Russia and Ukraine held talks in Istanbul": with each other, not Turkey
    }
    // an implicit target is from another sentence, whose tree this is not
    return !found.implicit() && onlyByABorder(found.actors(), code) ? Found.NONE : found;
  }

  /**
   * Whether actors are named only as across or by a border, where words, deals and aid do not go,
   * nor force done by it.
   */
  private boolean onlyByABorder(List<ActorMention> actors, String code) {
    if (materialConflict(code)) {
      // force done near a border is done on this side of it: "seized a town near the Ugandan
      // border" took nothing of Uganda's; a show of force there (15) is aimed across it
      return code.compareTo("17") >= 0 && actors.stream().allMatch(places::byABorder);
    }
    return actors.stream().allMatch(m -> places.acrossABorder(m) || places.byABorder(m));
  }

  /**
   * Whether a phrase names a border, not a party, for an act of code {@code code}: "deployed troops
   * to its border with Ukraine" sends Ukraine nothing; the deployment is a force posture, coded
   * without the phrase.
   */
  boolean borderOnly(int phrase, String code) {
    return !materialConflict(code)
        && NounPhraseActors.BOUNDARIES.contains(tree.token(phrase).lemma().toLowerCase(Locale.ROOT))
        && args.at(phrase) == null;
  }

  private Found find(int v, Set<ActorCode> sources, String code) {
    if (args.passive(v) && args.passiveSubject(v) >= 0) {
      List<ActorMention> t = args.actorsOf(args.passiveSubject(v), sources);
      if (!t.isEmpty()) {
        return Found.of(t);
      }
    }
    if (TOPIC_VERBS.contains(tree.token(v).lemma().toLowerCase(Locale.ROOT))) {
      List<ActorMention> party = purposes.withParty(v, sources);
      return Found.of(party.isEmpty() ? purposes.addresseeOfTheMainVerb(v, sources) : party);
    }
    for (int o : args.objects(v)) {
      List<ActorMention> t = args.actorsOf(o, sources);
      if (!t.isEmpty() && harmed.condemnsHarmDoneTo(o, t, code)) {
        // "deplored the arrest of 15 British citizens" condemns who arrested them
        List<ActorMention> doers = harmed.byAgentOf(o, sources);
        if (!doers.isEmpty()) {
          return Found.of(doers); // "the killing of two soldiers by Hamas"
        }
        continue;
      }
      if (!t.isEmpty()) {
        List<ActorMention> party = purposes.withParty(v, sources);
        if (venues.onlyPlaces(o, t) && !party.isEmpty()) {
          return Found.of(party);
        }
        if (venues.onlyPlaces(o, t) && Venues.text(tree.token(o).lemma())) {
          continue; // "signed a peace agreement at the White House": where, not with whom
        }
        return Found.of(t);
      }
    }
    for (int x : tree.children(v, "xcomp")) {
      if (TOPIC_VERBS.contains(tree.token(x).lemma().toLowerCase(Locale.ROOT))) {
        continue; // "refused to discuss US involvement in Somalia" refuses Somalia nothing
      }
      for (int o : args.objects(x)) {
        List<ActorMention> t = args.actorsOf(o, sources); // "applied to join the alliance"
        if (!t.isEmpty()) {
          return Found.of(t);
        }
      }
      for (int c : tree.children(x, "obl")) {
        // "signed a deal to sell jets to India": the party of the deal's purpose; not a place
        // ("agreed to meet in Paris"). "Against" only for a threat: "vowed to retaliate against
        // Israel" (138) is no cooperation the vow alone (030) would code.
        String marker = tree.caseMarker(c);
        if (PartiesOfPurpose.PURPOSE_PARTY_PREPS.contains(marker)
            || (marker.equals("against") && code.startsWith("13"))) {
          List<ActorMention> t = args.actorsOf(c, sources);
          if (!t.isEmpty()) {
            return Found.of(t);
          }
        }
      }
    }
    List<String> preps = places.partyPreps(v, code, TARGET_PREPS);
    List<ActorMention> t = byPreposition(v, sources, preps, code);
    if (t.isEmpty() && ABOUT_TARGET_ROOTS.contains(code.substring(0, 2))) {
      t = byPreposition(v, sources, List.of("about"), code);
    }
    if (t.isEmpty()) {
      t = purposes.withPartyOfAPurpose(v, sources);
    }
    if (t.isEmpty()) {
      t = purposes.addresseeOfTheMainVerb(v, sources);
    }
    if (!t.isEmpty()) {
      return Found.of(t);
    }
    // what is recognised in a clause is a fact, not a state: "recognised that Germany's policy
    // was right" grants Germany no recognition (054)
    List<Integer> clauses = code.startsWith(RECOGNITION) ? List.of() : tree.children(v, "ccomp");
    for (int c : clauses) {
      int subj = args.subject(c); // "demanded that China lift the ban"
      if (subj < 0 && args.passive(c)) {
        subj = args.passiveSubject(c); // "agreed that Ukraine would be invited to join"
      }
      List<ActorMention> said = subj < 0 ? List.of() : args.actorsOf(subj, sources);
      // "the Kremlin denied that Russian forces had ...": it speaks for its own, to no one named
      boolean ownDenied =
          code.equals("016")
              && Arguments.countries(Arguments.codes(said)).stream()
                  .anyMatch(Arguments.countries(sources)::contains);
      if (!said.isEmpty() && !ownDenied && !harmDoneTo(subj, said, code)) {
        return new Found(said, false, Modality.future(tree, c));
      }
    }
    List<ActorMention> doers = deeds.doersOf(v, sources, code);
    if (!doers.isEmpty()) {
      return new Found(doers, true, false); // "condemned the drills": who held them
    }
    if (code.equals("015")) {
      List<ActorMention> site = places.claimedAttackPlace(v);
      if (!site.isEmpty()) {
        return Found.of(site);
      }
    }
    if (code.equals("018")) {
      List<ActorMention> struck = places.sympathyPlace(v);
      if (!struck.isEmpty()) {
        return Found.of(struck);
      }
    }
    if (code.startsWith("166") || code.equals("0874")) {
      List<ActorMention> station = places.stationOf(args.subject(v), sources);
      if (!station.isEmpty()) {
        return Found.of(station); // "troops deployed in Niger will leave": they leave Niger
      }
    }
    // A statement or appeal made "if" another acts addresses its hearers, not that other
    List<ActorMention> conditional =
        code.startsWith("01") || code.startsWith("02")
            ? List.of()
            : Conditions.party(tree, args, v, sources);
    if (!conditional.isEmpty()) {
      return Found.of(conditional);
    }
    int first = tree.head(v);
    if (code.startsWith("13")
        && tree.relation(v).equals("conj")
        && tree.token(first).isVerb()
        && !tree.hasChild(v, "nsubj")) {
      // a threat joined to an act names no one else: "imposed sanctions on Niger's junta and
      // threatened military intervention" threatens the junta
      Found shared = find(first, sources, code);
      if (!shared.actors().isEmpty()) {
        return shared;
      }
    }
    return replies.target(v, sources, code);
  }

  /**
   * Whether the phrase names the harmed of an act a disapproval is about: {@link HarmedParties}.
   */
  boolean harmedPhrase(int phrase, String code) {
    return harmed.harmedPhrase(phrase, code);
  }

  /** Whether the actors found in a phrase are the harmed of its act: {@link HarmedParties}. */
  boolean harmDoneTo(int phrase, List<ActorMention> found, String code) {
    return !found.isEmpty() && harmed.condemnsHarmDoneTo(phrase, found, code);
  }

  /** The victims of force, by its place, when none are named: {@link PlacePhrases#hitPlace}. */
  List<ActorMention> hitPlace(int v, String code) {
    return materialConflict(code) ? places.hitPlace(v) : List.of();
  }

  /**
   * The party that acts on the subject of a reversed pattern: in the object ("received the
   * assurances of Paris"), after "from" ("received weapons from the US") or on an attack it
   * happened in ("died in a US drone strike"); not a place ("enjoys support in UN votes").
   */
  Found giver(int v, Set<ActorCode> sources) {
    for (int o : args.objects(v)) {
      List<ActorMention> t = args.actorsOf(o, sources);
      if (!t.isEmpty() && !venues.onlyPlaces(o, t)) {
        return Found.of(t);
      }
    }
    for (int c : tree.children(v, "obl")) {
      int doer = args.attackDoer(c);
      List<ActorMention> t = doer < 0 ? List.of() : args.actorsOf(doer, sources);
      if (!t.isEmpty()) {
        return Found.of(t);
      }
    }
    return Found.of(byPreposition(v, sources, List.of("from"), ""));
  }

  /**
   * The actors of the verb's first prepositional argument with one of {@code preps}, in that order.
   * A place that sets the scene ahead of the subject is no target of words ({@link
   * PlacePhrases#scene}), but is of force: "In Gaza, Israeli troops killed three" hit Gaza.
   */
  private List<ActorMention> byPreposition(
      int v, Set<ActorCode> sources, List<String> preps, String code) {
    boolean force = materialConflict(code);
    List<ActorMention> coActors = args.coActors(v);
    List<int[]> obliques = args.obliques(v);
    for (String prep : preps) {
      for (int[] ob : obliques) {
        if (coActors.contains(args.at(ob[0]))
            || (!force && places.scene(v, ob[0]))
            || harmed.harmedPhrase(ob[0], code)) {
          continue;
        }
        if (args.preposition(ob[0]).equals(prep)
            && !(args.passive(v) && prep.equals("by"))
            && !(prep.equals("with") && absolute(ob[0]))) {
          List<ActorMention> t = args.actorsOf(ob[0], sources);
          if (harmDoneTo(ob[0], t, code)) {
            // "protested against the arrest of its citizens by Indian police": at the police
            t = harmed.byAgentOf(ob[0], sources);
            if (t.isEmpty()) {
              continue;
            }
          }
          // a place left is the party of a withdrawal: "withdrew from Kherson" (166, 0874)
          boolean whereFrom =
              prep.equals("from")
                  && !code.startsWith("166")
                  && !code.startsWith("087")
                  && t.stream().allMatch(m -> m.actor().kind() == ActorKind.PLACE);
          if (!t.isEmpty() && !whereFrom) {
            return t; // but "declared a state of emergency from New York" is where he was
          }
        }
      }
    }
    return List.of();
  }

  /**
   * Whether a "with" phrase is a clause of its own: "are to send soldiers, with Switzerland and
   * Britain sending experts" names others who act, not the party of the act.
   */
  private boolean absolute(int phrase) {
    return tree.children(phrase, "acl").stream()
        .anyMatch(c -> tree.token(c).pos().equals("VBG") && c > phrase);
  }

  /**
   * Whether a verb's object is itself an actor ("met Zelenskiy"), not a thing near one ("visited
   * towns outside Kyiv"), or it has a "with" party.
   */
  boolean addressesAParty(int verb) {
    for (int o : args.objects(verb)) {
      if (args.at(o) != null) {
        return true;
      }
    }
    for (int c : tree.children(verb, "obl")) {
      if (tree.caseMarker(c).equals("with") && args.at(c) != null) {
        return true;
      }
    }
    return false;
  }
}
