/** Relations over time: a dyad's series from the store with its relation index and shifts. */
package org.dyad.pipeline.relations;
