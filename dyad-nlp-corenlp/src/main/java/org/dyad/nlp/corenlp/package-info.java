/**
 * The only place where Stanford CoreNLP types appear: {@link org.dyad.nlp.corenlp.CoreNlpAnalyzer}
 * runs CoreNLP 4.5.10 and converts its annotations into Dyad's {@code org.dyad.core.nlp} records at
 * this boundary. Imports {@code edu.stanford.nlp} and {@code org.dyad.core}.
 */
package org.dyad.nlp.corenlp;
