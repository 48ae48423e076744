/**
 * JMH micro-benchmarks of Dyad's own hot stages, over real parsed news: actor resolution, event
 * coding, the choice of sentences to parse, CoNLL-U and near-duplicate fingerprints. The CoreNLP
 * stages and the whole pipeline are measured by {@code dyad bench}.
 */
package org.dyad.bench;
