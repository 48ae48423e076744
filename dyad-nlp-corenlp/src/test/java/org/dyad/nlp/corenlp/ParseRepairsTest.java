package org.dyad.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.nlp.Dependency;
import org.dyad.core.nlp.Token;
import org.dyad.core.text.Span;
import org.junit.jupiter.api.Test;

class ParseRepairsTest {
  /** "Japan demanded through channels that China lift the ban and urged Beijing to talk" */
  private static final String[][] MISREAD = {
    // word, lemma, tag, head, relation
    {"Japan", "Japan", "NNP", "1", "nsubj"},
    {"demanded", "demand", "VBD", "-1", "root"},
    {"through", "through", "IN", "3", "case"},
    {"channels", "channel", "NNS", "1", "obl"},
    {"that", "that", "WDT", "6", "obj"},
    {"China", "China", "NNP", "6", "nsubj"},
    {"lift", "lift", "VB", "3", "acl:relcl"},
    {"the", "the", "DT", "8", "det"},
    {"ban", "ban", "NN", "6", "obj"},
    {"and", "and", "CC", "10", "cc"},
    {"urged", "urge", "VBD", "6", "conj"},
    {"Beijing", "Beijing", "NNP", "10", "obj"},
    {"to", "to", "TO", "13", "mark"},
    {"talk", "talk", "VB", "10", "xcomp"}
  };

  @Test
  void a_that_clause_read_as_relative_clause_complements_the_verb_and_keeps_its_subject() {
    List<Dependency> repaired = ParseRepairs.repair(tokens(MISREAD), arcs(MISREAD));
    assertThat(repaired)
        .contains(
            new Dependency(1, 6, "ccomp"),
            new Dependency(6, 4, "mark"),
            new Dependency(1, 10, "conj"),
            new Dependency(6, 5, "nsubj"))
        .hasSize(MISREAD.length);
  }

  @Test
  void a_true_relative_clause_and_a_nouns_own_clause_are_left_alone() {
    String[][] relative = copy(MISREAD);
    relative[8] = new String[] {"quickly", "quickly", "RB", "6", "advmod"}; // "that China lift"
    assertThat(ParseRepairs.repair(tokens(relative), arcs(relative))).isEqualTo(arcs(relative));
    String[][] noun = copy(MISREAD);
    noun[1] = new String[] {"took", "take", "VBD", "-1", "root"}; // "took ... with the demand"
    assertThat(ParseRepairs.repair(tokens(noun), arcs(noun))).isEqualTo(arcs(noun));
  }

  /** "killed in Israeli tank shelling", the gerund read as a modifier of "tank" */
  private static final String[][] GERUND_AS_MODIFIER = {
    {"killed", "kill", "VBN", "-1", "root"},
    {"in", "in", "IN", "3", "case"},
    {"Israeli", "Israeli", "JJ", "3", "amod"},
    {"tank", "tank", "NN", "0", "obl"},
    {"shelling", "shell", "VBG", "3", "amod"}
  };

  @Test
  void a_bare_gerund_after_a_noun_heads_the_compound_and_is_tagged_a_noun() {
    List<Dependency> repaired =
        ParseRepairs.repair(tokens(GERUND_AS_MODIFIER), arcs(GERUND_AS_MODIFIER));
    assertThat(repaired)
        .containsExactlyInAnyOrder(
            new Dependency(-1, 0, "root"),
            new Dependency(4, 1, "case"),
            new Dependency(4, 2, "amod"),
            new Dependency(4, 3, "compound"),
            new Dependency(0, 4, "obl"));
    Token shelling = GerundRepairs.retag(tokens(GERUND_AS_MODIFIER), repaired).get(4);
    assertThat(shelling.pos()).isEqualTo("NN");
    assertThat(shelling.lemma()).isEqualTo("shelling");
  }

  @Test
  void a_participle_with_dependents_or_after_a_name_is_left_alone() {
    String[][] participle = copy(GERUND_AS_MODIFIER);
    participle = java.util.Arrays.copyOf(participle, participle.length + 1);
    participle[5] = new String[] {"Gaza", "Gaza", "NNP", "4", "obj"}; // "tank shelling Gaza"
    assertThat(ParseRepairs.repair(tokens(participle), arcs(participle)))
        .isEqualTo(arcs(participle));
    String[][] name = copy(GERUND_AS_MODIFIER);
    name[3] = new String[] {"Hamas", "Hamas", "NNP", "0", "obl"};
    assertThat(ParseRepairs.repair(tokens(name), arcs(name))).isEqualTo(arcs(name));
  }

  /** "issued warrants for two men sought in the slaying", "sought" read as a clause of "issued" */
  private static final String[][] PARTICIPLE_AS_CLAUSE = {
    {"court", "court", "NN", "1", "nsubj"},
    {"issued", "issue", "VBD", "-1", "root"},
    {"warrants", "warrant", "NNS", "6", "nsubj"},
    {"for", "for", "IN", "5", "case"},
    {"two", "two", "CD", "5", "nummod"},
    {"men", "man", "NNS", "2", "nmod"},
    {"sought", "seek", "VBD", "1", "ccomp"},
    {"in", "in", "IN", "9", "case"},
    {"the", "the", "DT", "9", "det"},
    {"slaying", "slaying", "NN", "6", "obl"}
  };

  @Test
  void a_participle_read_as_a_clause_of_a_verb_without_object_modifies_the_noun_before_it() {
    List<Dependency> repaired =
        ParseRepairs.repair(tokens(PARTICIPLE_AS_CLAUSE), arcs(PARTICIPLE_AS_CLAUSE));
    assertThat(repaired)
        .contains(new Dependency(1, 2, "obj"), new Dependency(5, 6, "acl"))
        .contains(new Dependency(6, 9, "obl"), new Dependency(2, 5, "nmod"))
        .hasSize(PARTICIPLE_AS_CLAUSE.length);
  }

  /** "Venezuela released six Americans jailed in Caracas", "jailed" hung loose with a subject */
  private static final String[][] LOOSE_PARTICIPLE = {
    {"Venezuela", "Venezuela", "NNP", "1", "nsubj"},
    {"released", "release", "VBD", "-1", "root"},
    {"six", "six", "CD", "3", "nummod"},
    {"Americans", "American", "NNPS", "4", "nsubj"},
    {"jailed", "jail", "VBN", "1", "dep"},
    {"in", "in", "IN", "6", "case"},
    {"Caracas", "Caracas", "NNP", "4", "obl"}
  };

  @Test
  void a_loose_participle_after_a_peoples_name_modifies_it_and_the_name_is_the_object() {
    assertThat(ParseRepairs.repair(tokens(LOOSE_PARTICIPLE), arcs(LOOSE_PARTICIPLE)))
        .contains(new Dependency(1, 3, "obj"), new Dependency(3, 4, "acl"))
        .contains(new Dependency(4, 6, "obl"))
        .hasSize(LOOSE_PARTICIPLE.length);
    String[][] named = copy(LOOSE_PARTICIPLE);
    named[3] = new String[] {"Caracas", "Caracas", "NNP", "4", "nsubj"}; // a single name
    assertThat(ParseRepairs.repair(tokens(named), arcs(named))).isEqualTo(arcs(named));
  }

  /** "The negotiations hosted by the US made progress", "hosted" read as the main verb */
  private static final String[][] AGENT_PARTICIPLE_AS_VERB = {
    {"The", "the", "DT", "1", "det"},
    {"negotiations", "negotiation", "NNS", "2", "nsubj"},
    {"hosted", "host", "VBN", "-1", "root"},
    {"by", "by", "IN", "5", "case"},
    {"the", "the", "DT", "5", "det"},
    {"US", "US", "NNP", "2", "obl"},
    {"made", "make", "VBD", "2", "dep"},
    {"progress", "progress", "NN", "6", "obj"},
    {".", ".", ".", "2", "punct"}
  };

  @Test
  void a_participle_with_an_agent_read_as_the_main_verb_modifies_the_subject() {
    assertThat(
            ParseRepairs.repair(tokens(AGENT_PARTICIPLE_AS_VERB), arcs(AGENT_PARTICIPLE_AS_VERB)))
        .contains(new Dependency(Dependency.ROOT, 6, "root"), new Dependency(6, 1, "nsubj"))
        .contains(new Dependency(1, 2, "acl"), new Dependency(2, 5, "obl"))
        .contains(new Dependency(6, 8, "punct"), new Dependency(6, 7, "obj"))
        .hasSize(AGENT_PARTICIPLE_AS_VERB.length);
    String[][] noAgent = copy(AGENT_PARTICIPLE_AS_VERB);
    noAgent[3] = new String[] {"with", "with", "IN", "5", "case"}; // no agent, no garden path
    assertThat(ParseRepairs.repair(tokens(noAgent), arcs(noAgent))).isEqualTo(arcs(noAgent));
  }

  /** "French troops deployed in Mali will leave", "deployed" read as the clausal subject */
  private static final String[][] PARTICIPLE_AS_SUBJECT = {
    {"French", "French", "JJ", "1", "amod"},
    {"troops", "troops", "NNS", "2", "nsubj"},
    {"deployed", "deploy", "VBN", "6", "csubj"},
    {"in", "in", "IN", "4", "case"},
    {"Mali", "Mali", "NNP", "2", "obl"},
    {"will", "will", "MD", "6", "aux"},
    {"leave", "leave", "VB", "-1", "root"}
  };

  @Test
  void a_participle_read_as_the_subject_clause_of_a_verb_without_subject_modifies_its_noun() {
    assertThat(ParseRepairs.repair(tokens(PARTICIPLE_AS_SUBJECT), arcs(PARTICIPLE_AS_SUBJECT)))
        .contains(new Dependency(6, 1, "nsubj"), new Dependency(1, 2, "acl"))
        .contains(new Dependency(2, 4, "obl"))
        .hasSize(PARTICIPLE_AS_SUBJECT.length);
    String[][] finite = copy(PARTICIPLE_AS_SUBJECT);
    finite[2] = new String[] {"agreed", "agree", "VBD", "6", "csubj"}; // a verb of its own
    assertThat(ParseRepairs.repair(tokens(finite), arcs(finite))).isEqualTo(arcs(finite));
  }

  /** "looked forward to meeting Kim Jong Un", the gerund tagged a noun inside the name */
  private static final String[][] GERUND_IN_NAME = {
    {"looked", "look", "VBD", "-1", "root"},
    {"forward", "forward", "RB", "0", "advmod"},
    {"to", "to", "IN", "5", "case"},
    {"meeting", "meeting", "NN", "5", "compound"},
    {"Kim", "Kim", "NNP", "5", "compound"},
    {"Un", "Un", "NNP", "0", "obl"}
  };

  @Test
  void a_gerund_after_to_read_into_a_name_takes_the_name_as_object_and_is_tagged_a_verb() {
    List<Dependency> repaired = ParseRepairs.repair(tokens(GERUND_IN_NAME), arcs(GERUND_IN_NAME));
    assertThat(repaired)
        .contains(
            new Dependency(0, 3, "advcl"),
            new Dependency(3, 2, "mark"),
            new Dependency(3, 5, "obj"),
            new Dependency(5, 4, "compound"))
        .hasSize(GERUND_IN_NAME.length);
    Token meeting = GerundRepairs.retag(tokens(GERUND_IN_NAME), repaired).get(3);
    assertThat(meeting.pos()).isEqualTo("VBG");
    assertThat(meeting.lemma()).isEqualTo("meet");
    String[][] title = copy(GERUND_IN_NAME);
    title[2] = new String[] {"by", "by", "IN", "5", "case"}; // "led by Acting President Un"
    assertThat(ParseRepairs.repair(tokens(title), arcs(title))).isEqualTo(arcs(title));
  }

  /** "stopped supplying weapons to Ukraine", "supplying" read as a modifier of "weapons" */
  private static final String[][] GERUND_ON_OBJECT = {
    {"Poland", "Poland", "NNP", "1", "nsubj"},
    {"stopped", "stop", "VBD", "-1", "root"},
    {"supplying", "supply", "VBG", "3", "amod"},
    {"weapons", "weapon", "NNS", "1", "obj"},
    {"to", "to", "IN", "5", "case"},
    {"Ukraine", "Ukraine", "NNP", "1", "obl"}
  };

  @Test
  void a_gerund_after_a_verb_of_stopping_read_as_its_objects_modifier_takes_the_object() {
    assertThat(ParseRepairs.repair(tokens(GERUND_ON_OBJECT), arcs(GERUND_ON_OBJECT)))
        .contains(
            new Dependency(1, 2, "xcomp"), new Dependency(2, 3, "obj"), new Dependency(2, 5, "obl"))
        .hasSize(GERUND_ON_OBJECT.length);
    // after a comma, a participle clause: "met Putin in Beijing, drawing criticism"
    String[][] comma = {
      {"Orban", "Orban", "NNP", "1", "nsubj"},
      {"met", "meet", "VBD", "-1", "root"},
      {"Putin", "Putin", "NNP", "1", "obj"},
      {",", ",", ",", "1", "punct"},
      {"drawing", "draw", "VBG", "5", "amod"},
      {"criticism", "criticism", "NN", "1", "obj"}
    };
    assertThat(ParseRepairs.repair(tokens(comma), arcs(comma)))
        .contains(new Dependency(1, 4, "advcl"), new Dependency(4, 5, "obj"))
        .hasSize(comma.length);
    String[][] other = copy(GERUND_ON_OBJECT);
    other[1] = new String[] {"sold", "sell", "VBD", "-1", "root"}; // "sold flying machines"
    assertThat(ParseRepairs.repair(tokens(other), arcs(other))).isEqualTo(arcs(other));
  }

  @Test
  void a_participle_clause_whose_object_was_hung_loose_or_on_the_verbs_object_takes_it() {
    // "expanded settlements, drawing criticism from the EU": the object as obl:npmod
    String[][] loose = {
      {"Israel", "Israel", "NNP", "1", "nsubj"},
      {"expanded", "expand", "VBD", "-1", "root"},
      {"settlements", "settlement", "NNS", "1", "obj"},
      {",", ",", ",", "1", "punct"},
      {"drawing", "draw", "VBG", "5", "amod"},
      {"criticism", "criticism", "NN", "1", "obl:npmod"},
      {"from", "from", "IN", "8", "case"},
      {"the", "the", "DT", "8", "det"},
      {"EU", "EU", "NNP", "5", "nmod"}
    };
    assertThat(ParseRepairs.repair(tokens(loose), arcs(loose)))
        .contains(
            new Dependency(1, 4, "advcl"), new Dependency(4, 5, "obj"), new Dependency(4, 8, "obl"))
        .hasSize(loose.length);
    // "annexed Crimea, sparking condemnation": the object as an apposition of the verb's object
    String[][] appos = copy(loose);
    appos[5] = new String[] {"condemnation", "condemnation", "NN", "2", "appos"};
    assertThat(ParseRepairs.repair(tokens(appos), arcs(appos)))
        .contains(new Dependency(1, 4, "advcl"), new Dependency(4, 5, "obj"));
    // no verb to hang the clause on: "a long-range missile, drawing condemnation" stays as read
    String[][] noVerb = copy(loose);
    noVerb[1] = new String[] {"missile", "missile", "NN", "-1", "root"};
    assertThat(ParseRepairs.repair(tokens(noVerb), arcs(noVerb))).isEqualTo(arcs(noVerb));
  }

  /** "welcomed the decision by Turkey to ratify", "ratify" read as the verb's complement */
  private static final String[][] INFINITIVE_ON_VERB = {
    {"Germany", "Germany", "NNP", "1", "nsubj"},
    {"welcomed", "welcome", "VBD", "-1", "root"},
    {"the", "the", "DT", "3", "det"},
    {"decision", "decision", "NN", "1", "obj"},
    {"by", "by", "IN", "5", "case"},
    {"Turkey", "Turkey", "NNP", "3", "nmod"},
    {"to", "to", "TO", "7", "mark"},
    {"ratify", "ratify", "VB", "1", "xcomp"}
  };

  @Test
  void an_infinitive_after_an_intent_noun_with_its_own_owner_is_the_nouns() {
    assertThat(ParseRepairs.repair(tokens(INFINITIVE_ON_VERB), arcs(INFINITIVE_ON_VERB)))
        .contains(new Dependency(3, 7, "acl"))
        .hasSize(INFINITIVE_ON_VERB.length);
    // "announced plans to help": the plans are the subject's, and the parse says so already
    String[][] own = copy(INFINITIVE_ON_VERB);
    own[4] = new String[] {"soon", "soon", "RB", "7", "advmod"};
    own[5] = new String[] {"now", "now", "RB", "7", "advmod"};
    assertThat(ParseRepairs.repair(tokens(own), arcs(own))).isEqualTo(arcs(own));
  }

  @Test
  void a_clause_of_a_reporting_verb_or_with_an_object_of_its_own_is_left_alone() {
    String[][] reported = copy(PARTICIPLE_AS_CLAUSE);
    reported[1] = new String[] {"said", "say", "VBD", "-1", "root"}; // "said warrants ... sought"
    assertThat(ParseRepairs.repair(tokens(reported), arcs(reported))).isEqualTo(arcs(reported));
    String[][] transitive = copy(PARTICIPLE_AS_CLAUSE);
    transitive[9] = new String[] {"help", "help", "NN", "6", "obj"}; // "men sought help"
    assertThat(ParseRepairs.repair(tokens(transitive), arcs(transitive)))
        .isEqualTo(arcs(transitive));
  }

  private static String[][] copy(String[][] rows) {
    String[][] out = new String[rows.length][];
    for (int i = 0; i < rows.length; i++) {
      out[i] = rows[i].clone();
    }
    return out;
  }

  private static List<Token> tokens(String[][] rows) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      out.add(new Token(i, rows[i][0], rows[i][1], rows[i][2], "O", new Span(i * 10, i * 10 + 5)));
    }
    return out;
  }

  private static List<Dependency> arcs(String[][] rows) {
    List<Dependency> out = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      out.add(new Dependency(Integer.parseInt(rows[i][3]), i, rows[i][4]));
    }
    return out;
  }
}
