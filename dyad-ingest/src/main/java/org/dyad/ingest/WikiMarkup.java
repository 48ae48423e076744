package org.dyad.ingest;

import java.util.regex.Pattern;

/**
 * Removes MediaWiki section markup that wiki news dumps (Wikinews) keep in their plain text: the
 * navigation sections ({@code == Related news ==}, {@code == Sources ==}, {@code == See also ==},
 * …), whose link lists would otherwise be coded as events ("*Romanian journalists freed, WikiNews,
 * May 23, 2005"), and the headings of the other sections, which would otherwise be glued to the
 * sentence after them. Text without such headings is returned unchanged.
 *
 * <p>Thread safety: stateless.
 */
final class WikiMarkup {
  /** A heading: two to six '=' around a short title of words, without sentence punctuation. */
  private static final String HEADING = "={2,6}[ \\t]*[A-Za-z][A-Za-z0-9 '&/-]{0,40}?[ \\t]*={2,6}";

  private static final Pattern NAVIGATION =
      Pattern.compile(
          "={2,6}[ \\t]*(?:(?:previous )?related(?: [a-z]+){0,2}|see also|external links"
              + "|references|sources?|further reading)[ \\t]*={2,6}"
              + ".*?(?="
              + HEADING
              + "|\\z)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private static final Pattern ANY_HEADING = Pattern.compile(HEADING);

  private WikiMarkup() {}

  static String strip(String text) {
    if (text.indexOf("==") < 0 || !ANY_HEADING.matcher(text).find()) {
      return text;
    }
    String withoutNavigation = NAVIGATION.matcher(text).replaceAll("\n\n");
    return ANY_HEADING.matcher(withoutNavigation).replaceAll("\n\n").strip();
  }
}
