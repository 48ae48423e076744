/**
 * Actors and their mentions: {@link org.dyad.core.actor.ActorCode}, resolved {@link
 * org.dyad.core.actor.Actor}s, {@link org.dyad.core.actor.ActorMention}s in text, and the {@link
 * org.dyad.core.actor.ActorResolver} stage. Imports only the JDK and other {@code org.dyad.core}
 * packages.
 */
package org.dyad.core.actor;
