package org.dyad.core.actor;

/** What sort of thing an actor is; pronoun resolution uses it for agreement. */
public enum ActorKind {
  STATE,
  /** A capital or seat of power standing for a government: Beijing, the Kremlin. */
  CAPITAL,
  /** A city or region standing for its state: Mosul, Aleppo, Chechnya. */
  PLACE,
  IGO,
  PERSON,
  ORGANISATION,
  GROUP,
  /** A role of a country named by a common noun: Chinese troops, the foreign ministry. */
  AGENT;

  public boolean isPerson() {
    return this == PERSON;
  }
}
