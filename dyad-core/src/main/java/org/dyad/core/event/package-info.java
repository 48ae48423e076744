/**
 * Coded events: CAMEO codes, PLOVER categories, event dates, provenance, and the {@link
 * org.dyad.core.event.EventCoder} stage. Imports only the JDK and other {@code org.dyad.core}
 * packages.
 */
package org.dyad.core.event;
