/** The whole-pipeline benchmark behind {@code dyad bench}. */
package org.dyad.pipeline.bench;
