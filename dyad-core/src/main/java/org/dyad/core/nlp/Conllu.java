package org.dyad.core.nlp;

import java.util.ArrayList;
import java.util.List;
import org.dyad.core.text.Span;

/**
 * A parsed sentence as CoNLL-U, so that stores can keep parses and re-code without re-parsing.
 *
 * <p>Columns follow CoNLL-U: ID, FORM, LEMMA, UPOS ({@code _}: Dyad keeps Penn tags), XPOS, FEATS
 * ({@code _}), HEAD (0 for the root, {@code _} when unparsed), DEPREL, DEPS ({@code _}) and MISC,
 * which holds the token's character offsets and entity tag ({@code Start=4|End=9|NER=PERSON}).
 * Comment lines carry the sentence index, text, offsets and time expressions. Tabs, newlines and
 * backslashes inside fields are escaped ({@code \t}, {@code \n}, {@code \r}, {@code \\}), so {@link
 * #read} gives back exactly the sentence {@link #write} was given.
 *
 * <p>Thread safety: stateless.
 */
public final class Conllu {
  private Conllu() {}

  public static String write(ParsedSentence s) {
    StringBuilder sb = new StringBuilder();
    sb.append("# sent_id = ").append(s.index()).append('\n');
    sb.append("# text = ").append(escape(s.text())).append('\n');
    sb.append("# span = ").append(s.span().start()).append(' ').append(s.span().end()).append('\n');
    for (TimeExpression t : s.timeExpressions()) {
      sb.append("# time = ")
          .append(t.startToken())
          .append('\t')
          .append(t.endToken())
          .append('\t')
          .append(escape(t.type()))
          .append('\t')
          .append(escape(t.value()))
          .append('\t')
          .append(escape(t.text()))
          .append('\n');
    }
    int n = s.tokens().size();
    String[] heads = new String[n];
    String[] rels = new String[n];
    java.util.Arrays.fill(heads, "_");
    java.util.Arrays.fill(rels, "_");
    for (Dependency d : s.dependencies()) {
      heads[d.dependent()] = String.valueOf(d.head() + 1);
      rels[d.dependent()] = escape(d.relation());
    }
    for (Token t : s.tokens()) {
      int i = t.index();
      sb.append(i + 1)
          .append('\t')
          .append(escape(t.word()))
          .append('\t')
          .append(escape(t.lemma()))
          .append("\t_\t")
          .append(t.pos().isEmpty() ? "_" : escape(t.pos()))
          .append("\t_\t")
          .append(heads[i])
          .append('\t')
          .append(rels[i])
          .append("\t_\t")
          .append("Start=")
          .append(t.span().start())
          .append("|End=")
          .append(t.span().end())
          .append("|NER=")
          .append(escape(t.ner()))
          .append('\n');
    }
    return sb.toString();
  }

  /**
   * The sentence {@link #write} wrote.
   *
   * @throws IllegalArgumentException naming the line, when the text is not such a block
   */
  public static ParsedSentence read(String block) {
    int index = -1;
    String text = null;
    Span span = null;
    List<TimeExpression> times = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    String[] lines = block.split("\n", -1);
    for (int ln = 0; ln < lines.length; ln++) {
      String line = lines[ln];
      try {
        if (line.startsWith("# sent_id = ")) {
          index = Integer.parseInt(line.substring(12));
        } else if (line.startsWith("# text = ")) {
          text = unescape(line.substring(9));
        } else if (line.startsWith("# span = ")) {
          String[] p = line.substring(9).split(" ", -1);
          span = new Span(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        } else if (line.startsWith("# time = ")) {
          String[] p = line.substring(9).split("\t", -1);
          times.add(
              new TimeExpression(
                  unescape(p[4]),
                  Integer.parseInt(p[0]),
                  Integer.parseInt(p[1]),
                  unescape(p[2]),
                  unescape(p[3])));
        } else if (!line.isEmpty() && !line.startsWith("#")) {
          readToken(line, tokens, deps);
        }
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "CoNLL-U line " + (ln + 1) + ": " + e.getMessage() + ": " + line, e);
      }
    }
    if (index < 0 || text == null || span == null) {
      throw new IllegalArgumentException("CoNLL-U block without sent_id, text or span comment");
    }
    return new ParsedSentence(index, text, span, tokens, deps, times);
  }

  private static void readToken(String line, List<Token> tokens, List<Dependency> deps) {
    String[] c = line.split("\t", -1);
    if (c.length != 10) {
      throw new IllegalArgumentException("need 10 columns, got " + c.length);
    }
    int i = Integer.parseInt(c[0]) - 1;
    int start = -1;
    int end = -1;
    String ner = "O";
    for (String kv : c[9].split("\\|", -1)) {
      int eq = kv.indexOf('=');
      String k = kv.substring(0, eq);
      String v = kv.substring(eq + 1);
      switch (k) {
        case "Start" -> start = Integer.parseInt(v);
        case "End" -> end = Integer.parseInt(v);
        case "NER" -> ner = unescape(v);
        default -> {} // fields of other tools are left alone
      }
    }
    String pos = c[4].equals("_") ? "" : unescape(c[4]);
    tokens.add(new Token(i, unescape(c[1]), unescape(c[2]), pos, ner, new Span(start, end)));
    if (!c[6].equals("_")) {
      deps.add(new Dependency(Integer.parseInt(c[6]) - 1, i, unescape(c[7])));
    }
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> sb.append("\\\\");
        case '\t' -> sb.append("\\t");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '|' -> sb.append("\\p");
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length()) {
        char next = s.charAt(++i);
        sb.append(
            switch (next) {
              case 't' -> '\t';
              case 'n' -> '\n';
              case 'r' -> '\r';
              case 'p' -> '|';
              default -> next;
            });
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }
}
