package org.dyad.core.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.nlp.ParsedDocument;
import org.dyad.core.series.DyadVolume;
import org.dyad.core.series.Partner;
import org.dyad.core.series.SeriesPoint;
import org.dyad.core.series.SeriesQuery;
import org.dyad.core.text.Article;

/**
 * Durable storage of coded news: articles with their parses, events with actor lists and
 * provenance, their dyads and event clusters, and the runs that put them there.
 *
 * <p>Contract: every write is atomic. {@link #storeCoded} stores a document's article, parses,
 * events, dyads and its outcome in one transaction, so a process killed at any point leaves either
 * all of it or none; {@link #hasArticle} then tells a restarted run what to skip. Storing an
 * article that is already stored changes nothing. Queries return dyadic events ({@link
 * CodedEvent#dyads()}), ordered by article, sentence and id. Bad arguments throw {@link
 * IllegalArgumentException}; a failing database throws {@link StoreException} naming the operation.
 *
 * <p>Thread safety: implementations may be shared between threads; writes are serialised.
 */
public interface EventStore extends AutoCloseable {
  /** Where the data lives, without credentials (a file path or a server URL). */
  String location();

  /** Starts a run and returns its id. */
  long startRun(String command, String inputs, String dictionaryVersion);

  /** Marks a run finished. */
  void finishRun(long runId);

  /** Whether an article with this id is stored. */
  boolean hasArticle(String articleId);

  /** Each stored article's id and near-duplicate fingerprint. */
  Map<String, Long> fingerprints();

  /** Stores a coded document and its outcome in the run, atomically; a stored one is left as is. */
  void storeCoded(long runId, DocumentRecord outcome, StoredDocument doc);

  /** Records the outcome of a document that stored nothing (duplicate, skipped, failed). */
  void recordOutcome(long runId, DocumentRecord outcome);

  List<RunSummary> runs();

  Optional<RunSummary> run(long runId);

  /** The run's manifest, by position. */
  List<DocumentRecord> outcomes(long runId);

  /** A stored article. */
  Optional<Article> article(String articleId);

  /** Number of stored articles. */
  long articleCount();

  /** Calls {@code sink} with each stored article's parse, in store order, for re-coding. */
  void forEachParsed(Consumer<ParsedDocument> sink);

  /** The events stored for an article, with their actor lists, by sentence. */
  List<CodedEvent> articleEvents(String articleId);

  /** One stored dyadic event by its id ({@link CodedEvent#id()} of a dyad). */
  Optional<CodedEvent> event(String dyadId);

  /** Stored dyadic events matching the query. */
  List<CodedEvent> events(EventQuery query);

  /** Event clusters of the dyadic events matching the query, by first date. */
  List<EventCluster> clusters(EventQuery query);

  /**
   * The relation between two actors per period, every bin from the first to the last event of any
   * dyad in range (empty bins included), with each bin's total event and article volume.
   */
  List<SeriesPoint> series(SeriesQuery query);

  /**
   * The countries and organisations {@code actor} (a code or country) has most events with, in the
   * date range (null for open ends), most events first.
   */
  List<Partner> partners(String actor, java.time.LocalDate from, java.time.LocalDate to, int limit);

  /**
   * News volume per bin over the date range (null for open ends): dyadic events by event date and
   * articles by publication date, every bin from the first to the last with either.
   */
  List<org.dyad.core.series.VolumePoint> volume(
      org.dyad.core.series.Period period, java.time.LocalDate from, java.time.LocalDate to);

  /**
   * Every relation between two different countries or organisations with events in the date range
   * (null for open ends), per direction, most events first: the edges of a network of relations.
   */
  List<DyadVolume> dyadVolumes(java.time.LocalDate from, java.time.LocalDate to);

  /** Replaces an article's events with {@code events} (a re-coding), atomically, and reclusters. */
  void replaceEvents(String articleId, List<CodedEvent> events);

  @Override
  void close();
}
