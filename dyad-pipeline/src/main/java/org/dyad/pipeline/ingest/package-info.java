/**
 * Ingest: reads inputs, drops exact and near-duplicate articles, codes the rest on all cores and
 * stores them in input order, recording what became of every document; and re-coding of a stored
 * corpus from its stored parses.
 */
package org.dyad.pipeline.ingest;
