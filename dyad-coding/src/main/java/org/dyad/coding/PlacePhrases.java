package org.dyad.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.core.actor.Actor;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.actor.ActorKind;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.MentionKind;
import org.dyad.core.nlp.DependencyTree;

/**
 * Tells where from whom among a verb's place phrases: the parties of words, meetings and deals are
 * never where they took place ("met in Baghdad", "In Belgium, groups such as Oxfam support the
 * action", "signed a treaty at the border with Eritrea"), while force hits the place it names ("In
 * Gaza, Israeli troops killed three") and a visit goes there ("arrived in Cairo").
 *
 * <p>Thread safety: not thread-safe; one instance per sentence.
 */
final class PlacePhrases {
  /** Verbs whose "in" is where they went: "arrived in Gondor" for talks visits Gondor. */
  private static final Set<String> MOTION_VERBS =
      Set.of("arrive", "land", "stop", "travel", "come", "fly", "go", "return", "tour", "reach");

  /** Whose shelter is sought where: "sought asylum in Britain" asks Britain. */
  private static final Set<String> SHELTERS = Set.of("asylum", "refuge", "sanctuary");

  private final DependencyTree tree;
  private final Arguments args;

  PlacePhrases(DependencyTree tree, Arguments args) {
    this.tree = tree;
    this.args = args;
  }

  /**
   * The prepositions, of {@code all}, whose phrase may name the party of verb {@code v} coded
   * {@code code}: without the place markers for words, meetings and deals, except that reproach is
   * aimed "at" its target ("issued heavy criticism at the government").
   */
  List<String> partyPreps(int v, String code, List<String> all) {
    boolean placeIsNoParty =
        talk(code)
            && !MOTION_VERBS.contains(lemma(v))
            && tree.children(v).stream().noneMatch(c -> SHELTERS.contains(lemma(c)));
    if (!placeIsNoParty) {
      return all;
    }
    // "traded insults at the UN" traded them with each other there
    boolean reproach = code.compareTo("09") >= 0 && !CompoundEvents.exchange(lemma(v));
    return all.stream()
        .filter(p -> (reproach && p.equals("at")) || !NounPhraseActors.PLACE_MARKERS.contains(p))
        .toList();
  }

  /** Whether the verb moves its subject somewhere: its "to" names a place, not an addressee. */
  boolean motion(int v) {
    return MOTION_VERBS.contains(lemma(v));
  }

  /** Codes of words, meetings and deals, except a visit (042) and its hosting (043). */
  private static boolean talk(String code) {
    String root = code.substring(0, 2);
    return (root.compareTo("05") <= 0 || (root.compareTo("09") >= 0 && root.compareTo("13") <= 0))
        && !code.startsWith("042")
        && !code.startsWith("043");
  }

  /**
   * Whether a place phrase of verb {@code v} only says where: it sets the scene before the clause's
   * subject ("In Belgium, groups such as Oxfam support the action" supports nothing Belgian), or it
   * is a border.
   */
  boolean scene(int v, int oblique) {
    if (!NounPhraseActors.PLACE_MARKERS.contains(args.preposition(oblique))) {
      return false;
    }
    int subj = args.subject(v);
    return (oblique < v && (subj < 0 || oblique < subj))
        || NounPhraseActors.BOUNDARIES.contains(lemma(oblique));
  }

  /** Whether the actor is named only as the far side of a border: "the border with Eritrea". */
  boolean acrossABorder(ActorMention m) {
    int k = m.headToken();
    for (int step = 0; step < 3 && k >= 0 && tree.head(k) >= 0; step++, k = tree.head(k)) {
      String marker = tree.caseMarker(k);
      if ((marker.equals("with") || marker.equals("between"))
          && NounPhraseActors.BOUNDARIES.contains(lemma(tree.head(k)))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the actor is named only by the border where something took place: "joint exercises near
   * the Polish border" hold no exercises with Poland.
   */
  boolean byABorder(ActorMention m) {
    int border = tree.head(m.headToken());
    return border >= 0
        && NounPhraseActors.BOUNDARIES.contains(lemma(border))
        && NounPhraseActors.PLACE_MARKERS.contains(tree.caseMarker(border));
  }

  private String lemma(int token) {
    return tree.token(token).lemma().toLowerCase(Locale.ROOT);
  }

  /**
   * The place force hit when its victims have no nationality: "three civilians died in a US drone
   * strike in Pakistan's tribal region" (the place said of the verb or of the strike).
   */
  List<ActorMention> hitPlace(int v) {
    for (int c : inPhrases(tree, v)) {
      for (int where : args.attackDoer(c) >= 0 ? inPhrases(tree, c) : List.of(c)) {
        List<ActorMention> t = args.actorsOf(where);
        if (!t.isEmpty()) {
          return t;
        }
      }
    }
    return List.of();
  }

  /**
   * The place of the attack a claim of responsibility is for, which the claim is aimed at like the
   * attack: "claimed responsibility for the bombing in Nairobi", "claimed the attack at a mall in
   * Kenya's capital".
   */
  List<ActorMention> claimedAttackPlace(int v) {
    for (int o : args.objects(v)) {
      List<Integer> attacks = new ArrayList<>(List.of(o));
      attacks.addAll(tree.children(o, "nmod"));
      for (int a : attacks) {
        if (AttackDoers.isAttack(lemma(a)) && (a == o || tree.caseMarker(a).equals("for"))) {
          List<ActorMention> t = siteOf(a, 2);
          if (!t.isEmpty()) {
            return t;
          }
        }
      }
    }
    return List.of();
  }

  /**
   * Whom sympathy with no addressee goes to: the people a tragedy struck, or the place it struck
   * ("expressed sorrow for the shootings in South Carolina", "offered condolences to the victims of
   * the earthquake in Turkey", "over the death of two Kenyan soldiers").
   */
  List<ActorMention> sympathyPlace(int v) {
    List<Integer> tragedies = new ArrayList<>();
    List<Integer> holders = new ArrayList<>(args.objects(v));
    holders.add(v);
    for (int h : holders) {
      for (int c : tree.children(h)) {
        String r = tree.relation(c);
        if ((r.startsWith("nmod") || r.startsWith("obl"))
            && SYMPATHY_CASES.contains(tree.caseMarker(c))) {
          tragedies.add(c);
          for (int of : tree.children(c, "nmod")) {
            if (tree.caseMarker(of).equals("of")) {
              tragedies.add(of); // "the victims of the earthquake in Turkey"
            }
          }
        }
      }
    }
    for (int t : tragedies) {
      List<ActorMention> struck = new ArrayList<>();
      for (int of : tree.children(t, "nmod")) {
        if (tree.caseMarker(of).equals("of")) {
          struck.addAll(args.actorsOf(of)); // "the death of two Kenyan soldiers"
        }
      }
      if (struck.isEmpty()) {
        struck = siteOf(t, 2);
      }
      if (!struck.isEmpty()) {
        return struck;
      }
    }
    return List.of();
  }

  /** What sympathy is for: "sorrow for", "condolences over", "sympathy to the victims of". */
  private static final Set<String> SYMPATHY_CASES = Set.of("for", "over", "on", "after", "to");

  /**
   * Where the forces a noun names are: "troops deployed in Niger", "forces stationed in Iraq",
   * "French troops in Mali". Empty for no subject or no such phrase.
   */
  List<ActorMention> stationOf(int forces, Set<ActorCode> sources) {
    if (forces < 0) {
      return List.of();
    }
    List<Integer> phrases = new ArrayList<>(tree.children(forces, "nmod"));
    for (int c : tree.children(forces, "acl")) {
      phrases.addAll(tree.children(c, "obl"));
    }
    for (int c : phrases) {
      if (tree.caseMarker(c).equals("in")) {
        List<ActorMention> t = args.actorsOf(c, sources);
        if (!t.isEmpty()) {
          return t;
        }
      }
    }
    return List.of();
  }

  /** The actors of a noun's place phrases, looking {@code depth} phrases deep. */
  private List<ActorMention> siteOf(int noun, int depth) {
    List<Integer> phrases = new ArrayList<>();
    for (int c : tree.children(noun)) {
      phrases.add(c);
      if (tree.relation(c).equals("acl")) {
        phrases.addAll(tree.children(c, "obl")); // "an attack targeting shoppers at a mall"
      }
    }
    for (int c : phrases) {
      String rel = tree.relation(c);
      if ((rel.startsWith("nmod") || rel.equals("obl"))
          && SITE_CASES.contains(tree.caseMarker(c))) {
        List<ActorMention> t = args.actorsOf(c);
        if (t.isEmpty() && depth > 1) {
          t = siteOf(c, depth - 1); // "at a mall in Kenya's capital"
        }
        if (!t.isEmpty()) {
          return t;
        }
      }
    }
    return List.of();
  }

  /** The "in" phrases of a verb or noun: "demonstrated in Serbia", "the curfew in Kirkuk". */
  static List<Integer> inPhrases(DependencyTree tree, int head) {
    List<Integer> out = new ArrayList<>();
    for (int c : tree.children(head)) {
      String r = tree.relation(c);
      if ((r.startsWith("obl") || r.startsWith("nmod")) && tree.caseMarker(c).equals("in")) {
        out.add(c);
      }
    }
    return out;
  }

  /** Prepositions that make a capital the place it is: "the ports in Beirut", "near Kabul". */
  private static final Set<String> SITE_CASES =
      Set.of("in", "at", "near", "around", "outside", "inside", "across", "throughout");

  /**
   * A capital standing as a place rather than for its government: a modifier of another noun
   * ("Beirut's airport", "Beirut International Airport") or the noun of a place phrase ("the ports
   * in Beirut"). It is then its state, not the government that the capital alone stands for
   * ("Beijing said").
   */
  static ActorMention capitalAsPlace(DependencyTree tree, ActorMention m) {
    if (m.kind() != MentionKind.METONYM
        || m.actor().kind() != ActorKind.CAPITAL
        || m.actor().code().isInternational()) {
      return m;
    }
    int h = m.headToken();
    while (tree.relation(h).equals("conj") && tree.head(h) >= 0) {
      h = tree.head(h); // "the ports in Beirut and Tripoli"
    }
    String r = tree.relation(h);
    int head = tree.head(h);
    boolean modifier =
        (r.equals("compound") || r.equals("nmod:poss"))
            && head >= 0
            && (head < m.startToken() || head >= m.endToken())
            && head != m.headToken()
            && tree.token(head).isNoun();
    boolean site =
        (r.startsWith("nmod") || r.startsWith("obl")) && SITE_CASES.contains(tree.caseMarker(h));
    if (!modifier && !site) {
      return m;
    }
    String country = m.actor().country();
    return m.withActor(new Actor(ActorCode.of(country), m.actor().name(), ActorKind.STATE));
  }
}
