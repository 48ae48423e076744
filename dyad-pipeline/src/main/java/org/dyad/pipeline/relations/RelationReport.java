package org.dyad.pipeline.relations;

import java.util.List;
import org.dyad.analytics.ChangePoints;
import org.dyad.analytics.RelationIndex;
import org.dyad.analytics.Shift;
import org.dyad.core.series.SeriesPoint;
import org.dyad.core.series.SeriesQuery;
import org.dyad.core.store.EventStore;

/**
 * A relation over time: the store's series, the smoothed index with its band, and the shifts found
 * in it.
 *
 * @param query what was asked
 * @param series per-period counts and volumes
 * @param index per-period relation index, aligned with {@code series}
 * @param shifts change points, by date
 */
public record RelationReport(
    SeriesQuery query,
    List<SeriesPoint> series,
    List<RelationIndex.Score> index,
    List<Shift> shifts) {
  public RelationReport {
    series = List.copyOf(series);
    index = List.copyOf(index);
    shifts = List.copyOf(shifts);
  }

  /** The relation as the store has it, with the standard index and detector. */
  public static RelationReport of(EventStore store, SeriesQuery query) {
    List<SeriesPoint> series = store.series(query);
    return new RelationReport(
        query,
        series,
        RelationIndex.of(series, RelationIndex.DEFAULT_HALF_LIFE),
        ChangePoints.standard().find(series));
  }
}
