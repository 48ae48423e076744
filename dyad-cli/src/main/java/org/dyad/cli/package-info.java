/**
 * The {@code dyad} command line (picocli): parses arguments, calls the pipeline, prints. The only
 * module that writes to standard output; nothing depends on it.
 */
package org.dyad.cli;
