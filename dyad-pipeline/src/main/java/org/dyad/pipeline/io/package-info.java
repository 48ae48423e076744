/**
 * Reading articles (text files, JSONL) and writing events (JSONL, TSV, a readable table) in Dyad's
 * documented schema. Produces strings and writes to given {@link java.io.Writer}s; printing is the
 * CLI's job.
 */
package org.dyad.pipeline.io;
