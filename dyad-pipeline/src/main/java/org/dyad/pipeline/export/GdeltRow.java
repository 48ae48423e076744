package org.dyad.pipeline.export;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.core.actor.ActorCode;
import org.dyad.core.event.CodedEvent;
import org.dyad.core.event.EventActor;
import org.dyad.core.store.EventCluster;

/**
 * A dyadic event as a row of GDELT 2.0's event table: 61 tab-separated columns in GDELT's order,
 * codes as strings with their leading zeros. Dyad has no tone or geocoding: AvgTone and the
 * geography columns are empty (Geo_Type 0, GDELT's "no location").
 */
public final class GdeltRow {
  /** GDELT 2.0 event columns, in file order (GDELT Event Codebook V2.0). */
  public static final List<String> COLUMNS =
      List.of(
          "GLOBALEVENTID",
          "SQLDATE",
          "MonthYear",
          "Year",
          "FractionDate",
          "Actor1Code",
          "Actor1Name",
          "Actor1CountryCode",
          "Actor1KnownGroupCode",
          "Actor1EthnicCode",
          "Actor1Religion1Code",
          "Actor1Religion2Code",
          "Actor1Type1Code",
          "Actor1Type2Code",
          "Actor1Type3Code",
          "Actor2Code",
          "Actor2Name",
          "Actor2CountryCode",
          "Actor2KnownGroupCode",
          "Actor2EthnicCode",
          "Actor2Religion1Code",
          "Actor2Religion2Code",
          "Actor2Type1Code",
          "Actor2Type2Code",
          "Actor2Type3Code",
          "IsRootEvent",
          "EventCode",
          "EventBaseCode",
          "EventRootCode",
          "QuadClass",
          "GoldsteinScale",
          "NumMentions",
          "NumSources",
          "NumArticles",
          "AvgTone",
          "Actor1Geo_Type",
          "Actor1Geo_FullName",
          "Actor1Geo_CountryCode",
          "Actor1Geo_ADM1Code",
          "Actor1Geo_ADM2Code",
          "Actor1Geo_Lat",
          "Actor1Geo_Long",
          "Actor1Geo_FeatureID",
          "Actor2Geo_Type",
          "Actor2Geo_FullName",
          "Actor2Geo_CountryCode",
          "Actor2Geo_ADM1Code",
          "Actor2Geo_ADM2Code",
          "Actor2Geo_Lat",
          "Actor2Geo_Long",
          "Actor2Geo_FeatureID",
          "ActionGeo_Type",
          "ActionGeo_FullName",
          "ActionGeo_CountryCode",
          "ActionGeo_ADM1Code",
          "ActionGeo_ADM2Code",
          "ActionGeo_Lat",
          "ActionGeo_Long",
          "ActionGeo_FeatureID",
          "DATEADDED",
          "SOURCEURL");

  private static final DateTimeFormatter ADDED =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private GdeltRow() {}

  /** The row's fields, in {@link #COLUMNS} order. */
  public static List<String> of(CodedEvent e, EventCluster cluster, String sourceUrl) {
    List<String> f = new ArrayList<>(COLUMNS.size());
    LocalDate d = e.date().date();
    f.add(String.valueOf(numericId(e.id())));
    f.add(
        String.format(
            Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
    f.add(String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
    f.add(String.valueOf(d.getYear()));
    f.add(
        String.format(
            Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear()));
    actor(f, e.source());
    actor(f, e.target());
    f.add(e.provenance().sentence() == 0 && !e.provenance().fromTitle() ? "1" : "0");
    String code = e.code().value();
    f.add(code);
    f.add(code.substring(0, Math.min(3, code.length())));
    f.add(e.root());
    f.add(String.valueOf(e.quadClass()));
    f.add(String.valueOf(e.goldstein()));
    f.add(String.valueOf(cluster.mentions()));
    f.add(String.valueOf(cluster.sources()));
    f.add(String.valueOf(cluster.articles()));
    f.add(""); // AvgTone: Dyad measures no tone
    for (int geo = 0; geo < 3; geo++) {
      f.add("0");
      for (int k = 0; k < 7; k++) {
        f.add("");
      }
    }
    f.add(ADDED.format(e.provenance().codedAt()));
    f.add(sourceUrl);
    return f;
  }

  private static void actor(List<String> f, EventActor a) {
    ActorCode code = a.code();
    f.add(code.value());
    f.add(a.name().toUpperCase(Locale.ROOT));
    String v = code.value();
    boolean igo = code.isInternational();
    f.add(igo ? "" : code.country());
    f.add(igo && v.length() >= 6 ? v.substring(3, 6) : "");
    f.add("");
    f.add("");
    f.add("");
    List<String> types = new ArrayList<>();
    for (int i = igo ? 6 : 3; i + 3 <= v.length() && types.size() < 3; i += 3) {
      types.add(v.substring(i, i + 3));
    }
    for (int i = 0; i < 3; i++) {
      f.add(i < types.size() ? types.get(i) : "");
    }
  }

  /** GDELT ids are integers: the first 15 hex digits of Dyad's id, a positive 60-bit number. */
  static long numericId(String hexId) {
    return Long.parseLong(hexId.substring(0, Math.min(15, hexId.length())), 16);
  }
}
