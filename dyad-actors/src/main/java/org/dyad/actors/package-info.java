/**
 * Actor resolution: the date-aware {@link org.dyad.actors.ActorDictionary} in Dyad's TSV format
 * (bundled under {@code org/dyad/actors/dictionary}) and the {@link
 * org.dyad.actors.DictionaryActorResolver} that finds names, metonyms, nationality adjectives, role
 * nouns, surnames, descriptions and pronouns. Imports only {@code org.dyad.core} and the JDK.
 */
package org.dyad.actors;
