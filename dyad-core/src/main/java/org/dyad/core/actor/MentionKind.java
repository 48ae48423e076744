package org.dyad.core.actor;

/** How a mention reached its actor; kept so that every resolution can be checked. */
public enum MentionKind {
  /** The entity's name or a listed alias. */
  NAME,
  /** A capital or seat of power: Pyongyang, the White House. */
  METONYM,
  /** A surname or short form resolved to a full name mentioned earlier in the document. */
  SURNAME,
  /** A nationality adjective or demonym: Chinese, North Koreans. */
  ADJECTIVE,
  /** A role noun with its country: Russian troops, Taiwan's defence ministry. */
  AGENT,
  /** A title or description: the North Korean leader, the country, the alliance. */
  DESCRIPTION,
  /** A personal or possessive pronoun: he, his, its. */
  PRONOUN
}
