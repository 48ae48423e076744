package org.dyad.core.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One real-world event as several reports tell it: the dyadic events with the same source, target
 * and CAMEO code whose dates fall within the clustering window of each other.
 *
 * @param id the id of its first mention
 * @param source source actor code
 * @param target target actor code
 * @param code CAMEO code
 * @param firstDate earliest date among its mentions
 * @param lastDate latest date among its mentions
 * @param mentions number of dyadic events (sentences) in it
 * @param articles distinct articles mentioning it
 * @param sources distinct publishers mentioning it (articles without a source count as one each)
 * @param mentionIds ids of its dyadic events, in store order
 */
public record EventCluster(
    String id,
    String source,
    String target,
    String code,
    LocalDate firstDate,
    LocalDate lastDate,
    int mentions,
    int articles,
    int sources,
    List<String> mentionIds) {
  public EventCluster {
    Objects.requireNonNull(id, "id");
    mentionIds = List.copyOf(mentionIds);
  }
}
