/**
 * Readers that turn inputs (text and HTML files, directories, JSONL, RSS/Atom feeds, WARC files)
 * into {@link org.dyad.core.text.ArticleInput}s: an article, or the reason an item could not be
 * read. May import core, jsoup, Rome, jwarc and Jackson; jsoup, Rome and jwarc stop here.
 */
package org.dyad.ingest;
