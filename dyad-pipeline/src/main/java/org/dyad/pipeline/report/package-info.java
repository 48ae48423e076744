/** Reports over coded corpora that help users maintain their dictionaries. */
package org.dyad.pipeline.report;
