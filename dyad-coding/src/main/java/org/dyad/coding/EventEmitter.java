package org.dyad.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.coding.VerbDictionary.Pattern;
import org.dyad.core.actor.ActorMention;
import org.dyad.core.actor.ResolvedDocument;
import org.dyad.core.event.CameoCode;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.event.EventActor;
import org.dyad.core.event.EventDate;
import org.dyad.core.event.Provenance;
import org.dyad.core.nlp.DependencyTree;
import org.dyad.core.nlp.ParsedSentence;
import org.dyad.core.nlp.Token;

/**
 * Turns a matched trigger with its sources and targets into {@link CodedEvent}s: applies intent and
 * future readings, looks the code up in the codebook, dates the event, writes its provenance, and
 * keeps each (sentence, source country, target country, code) once.
 *
 * <p>Thread safety: not thread-safe; one instance per document.
 */
final class EventEmitter {
  private static final Set<String> FORCE_ROOTS = Set.of("18", "19", "20");
  private static final Set<String> PROMISABLE_ROOTS = Set.of("06", "07", "08");
  private final ResolvedDocument doc;
  private final Codebook codebook;
  private final String verbsVersion;
  private final Map<String, EventDate> anchors;

  /** "lemma|doer" and "lemma|doer|target" countries of each event coded so far: "visit|RUS". */
  private final Set<String> doers = new HashSet<>();

  private final Instant now;
  private final Map<String, CodedEvent> out;

  EventEmitter(
      ResolvedDocument doc,
      Codebook codebook,
      String verbsVersion,
      Map<String, EventDate> anchors,
      Instant now,
      Map<String, CodedEvent> out) {
    this.doc = doc;
    this.codebook = codebook;
    this.verbsVersion = verbsVersion;
    this.anchors = anchors;
    this.now = now;
    this.out = out;
  }

  /**
   * Whether an event with this trigger lemma ("visit") was coded earlier in the document with a
   * doer of one of these countries and, if any are given, a target of one of those.
   */
  boolean reported(String lemma, Set<String> doerCountries, Set<String> targetCountries) {
    for (String d : doerCountries) {
      if (targetCountries.isEmpty()
          ? doers.contains(lemma + "|" + d)
          : targetCountries.stream().anyMatch(t -> doers.contains(lemma + "|" + d + "|" + t))) {
        return true;
      }
    }
    return false;
  }

  private void remember(String lemma, List<ActorMention> sources, List<ActorMention> targets) {
    for (ActorMention src : sources) {
      String doer = lemma + "|" + src.actor().code().country();
      doers.add(doer);
      targets.forEach(tgt -> doers.add(doer + "|" + tgt.actor().code().country()));
    }
  }

  /**
   * Whether the code is a material act of cooperation (roots 06-08) that, promised by its doer, is
   * an intent: "said it would free 150 prisoners" is 0353. Announced sanctions and withdrawals stay
   * the act (CAMEO has no intent code for them outside threats), and so do announced words of
   * support, which are spoken now.
   */
  private static boolean isPromisable(String code) {
    return PROMISABLE_ROOTS.contains(code.substring(0, 2));
  }

  /**
   * Whether the verb is a commitment its governing verb announces: "Israel announced it would
   * free", where the doer is a pronoun for the announcer. A fronted report ("Arnor will contribute
   * aid, an official said") names the doer and states what will happen.
   */
  private static boolean announced(DependencyTree tree, int verb) {
    int head = tree.head(verb);
    if (!tree.baseRelation(verb).equals("ccomp") || head < 0 || !tree.token(head).isVerb()) {
      return false;
    }
    for (int subj : tree.children(verb, "nsubj")) {
      if (tree.token(subj).pos().equals("PRP")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the code is an act of force (roots 18-20), which announced is a threat. */
  static boolean isForce(String code) {
    return FORCE_ROOTS.contains(code.substring(0, 2));
  }

  void emit(
      ParsedSentence s,
      DependencyTree tree,
      int trigger,
      Pattern p,
      List<ActorMention> sources,
      List<ActorMention> targets,
      String note) {
    if (p.code().equals(VerbDictionary.NO_EVENT) || p.code().equals(VerbDictionary.REPORTING)) {
      return;
    }
    String code = p.code();
    String modality = "asserted";
    if (tree.token(trigger).isVerb()) {
      String intentHead = Intents.head(tree, trigger);
      if (!intentHead.isEmpty()) {
        code = IntentCodes.of(code);
        if (intentHead.equals("threaten") && !code.startsWith("13")) {
          code = "130"; // "threatened to deliver devastating blows" threatens, whatever the blow
        }
        modality = "intent";
      } else if (Modality.future(tree, trigger)
          && (code.startsWith("04") || (isPromisable(code) && announced(tree, trigger)))) {
        code = IntentCodes.of(code);
        modality = "intent";
      } else if (Modality.future(tree, trigger) && isForce(code)) {
        code = "138"; // "said Russia will attack Iraq" threatens force; no attack has happened
        modality = "intent";
      }
    }
    if (!codebook.isValid(code)) {
      return;
    }
    Codebook.Entry entry = codebook.require(code);
    Token t = tree.token(trigger);
    boolean past = t.pos().equals("VBD") || t.pos().equals("VBN") || !t.isVerb();
    EventDate date =
        EventDater.date(s, tree, trigger, doc.parsed().article().published(), past, anchors);
    anchors.put(t.lemma().toLowerCase(Locale.ROOT), date);
    remember(t.lemma().toLowerCase(Locale.ROOT), sources, targets);
    for (ActorMention src : sources) {
      for (ActorMention tgt : targets) {
        if (!CodedEvent.formDyad(actor(src), actor(tgt))) {
          continue; // one actor with itself; a domestic event needs two different roles
        }
        boolean domestic = src.actor().code().isDomesticCounterpart(tgt.actor().code());
        String key =
            domestic
                ? s.index() + "|" + src.actor().code() + "|" + tgt.actor().code() + "|" + code
                : s.index()
                    + "|"
                    + src.actor().country()
                    + "|"
                    + tgt.actor().country()
                    + "|"
                    + code;
        if (out.containsKey(key)) {
          continue;
        }
        String articleId = doc.parsed().article().id();
        Provenance prov =
            new Provenance(
                articleId,
                s.index(),
                s.text(),
                false,
                t.span(),
                t.word(),
                p.id(),
                doc.dictionaryVersion() + "+" + verbsVersion,
                DependencyEventCoder.VERSION,
                now);
        List<String> notes = new ArrayList<>();
        if (!note.isEmpty()) {
          notes.add(note);
        }
        out.put(
            key,
            CodedEvent.dyadic(
                actor(src),
                actor(tgt),
                CameoCode.of(code),
                entry.name(),
                entry.goldstein(),
                entry.plover(),
                date,
                modality,
                prov,
                notes));
      }
    }
  }

  private static EventActor actor(ActorMention m) {
    return new EventActor(m.actor().code(), m.actor().name(), m.text(), m.chars(), m.kind());
  }
}
