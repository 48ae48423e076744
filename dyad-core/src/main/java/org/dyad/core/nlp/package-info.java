/**
 * Linguistic analysis as Dyad's own records: tokens, dependency trees, time expressions, and the
 * {@link org.dyad.core.nlp.TextAnalyzer} stage that produces them. Imports only the JDK and {@code
 * org.dyad.core.text}; parser types (CoreNLP) never appear here.
 */
package org.dyad.core.nlp;
