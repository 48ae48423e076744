package org.dyad.actors;

import java.time.LocalDate;
import org.dyad.core.actor.ActorKind;

/**
 * A dictionary entry a name can stand for, as {@link ActorDictionary#resolve} reports it.
 *
 * @param name the entry's canonical name
 * @param code its CAMEO actor code
 * @param start first day it holds, or null
 * @param end last day it holds, or null
 * @param kind state, capital, IGO, person or organisation
 * @param source the file and row family it came from
 * @param chosen whether the coder would pick this entry for the name on the day asked about
 */
public record NameMatch(
    String name,
    String code,
    LocalDate start,
    LocalDate end,
    ActorKind kind,
    String source,
    boolean chosen) {}
