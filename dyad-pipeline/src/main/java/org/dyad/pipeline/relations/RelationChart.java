package org.dyad.pipeline.relations;

import java.util.List;
import java.util.Locale;
import org.dyad.analytics.RelationIndex;
import org.dyad.analytics.Shift;
import org.dyad.core.series.SeriesPoint;

/**
 * A relation report as a self-contained SVG chart: cooperative (green, up) and conflictual (red,
 * down) events per period as bars, the relation index as a line with its 90% band, and a dashed
 * line at each shift. No scripts, no external resources: it opens offline in any browser.
 *
 * <p>Thread safety: stateless.
 */
public final class RelationChart {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 420;
  private static final int LEFT = 60;
  private static final int RIGHT = 20;
  private static final int TOP = 40;
  private static final int BOTTOM = 40;

  private RelationChart() {}

  public static String svg(RelationReport r) {
    List<SeriesPoint> s = r.series();
    List<RelationIndex.Score> idx = r.index();
    int n = Math.max(1, s.size());
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    double mid = TOP + plotH / 2;
    int max = 1;
    for (SeriesPoint p : s) {
      max = Math.max(max, Math.max(p.cooperative(), p.conflictual()));
    }
    double step = plotW / n;
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n",
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT));
    sb.append(String.format(Locale.ROOT, "<title>%s</title>%n", escape(title(r))));
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"20\" font-size=\"14\">%s</text>%n",
            LEFT,
            escape(title(r))));
    sb.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#999\"/>%n",
            LEFT,
            mid,
            WIDTH - RIGHT,
            mid));
    for (int i = 0; i < s.size(); i++) {
      SeriesPoint p = s.get(i);
      double x = LEFT + i * step + step * 0.15;
      double w = step * 0.7;
      double up = plotH / 2 * p.cooperative() / max;
      double down = plotH / 2 * p.conflictual() / max;
      sb.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#7fbf7f\"><title>%s: %d cooperative</title></rect>%n",
              x,
              mid - up,
              w,
              up,
              p.start(),
              p.cooperative()));
      sb.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#e08080\"><title>%s: %d conflictual</title></rect>%n",
              x,
              mid,
              w,
              down,
              p.start(),
              p.conflictual()));
    }
    if (!idx.isEmpty()) {
      StringBuilder band = new StringBuilder();
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < idx.size(); i++) {
        band.append(
            String.format(
                Locale.ROOT, "%.1f,%.1f ", cx(i, step), y(idx.get(i).high(), mid, plotH)));
        line.append(
            String.format(
                Locale.ROOT, "%.1f,%.1f ", cx(i, step), y(idx.get(i).index(), mid, plotH)));
      }
      for (int i = idx.size() - 1; i >= 0; i--) {
        band.append(
            String.format(Locale.ROOT, "%.1f,%.1f ", cx(i, step), y(idx.get(i).low(), mid, plotH)));
      }
      sb.append("<polygon points=\"")
          .append(band.toString().strip())
          .append("\" fill=\"#4060c0\" fill-opacity=\"0.15\"/>\n");
      sb.append("<polyline points=\"")
          .append(line.toString().strip())
          .append("\" fill=\"none\" stroke=\"#2040a0\" stroke-width=\"2\"/>\n");
    }
    for (Shift sh : r.shifts()) {
      for (int i = 0; i < s.size(); i++) {
        if (s.get(i).start().equals(sh.at())) {
          double x = LEFT + i * step;
          sb.append(
              String.format(
                  Locale.ROOT,
                  "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#000\" stroke-dasharray=\"4 3\"><title>shift from %s: %.2f to %.2f (confidence %.3f)</title></line>%n",
                  x,
                  TOP,
                  x,
                  TOP + plotH,
                  sh.at(),
                  sh.before(),
                  sh.after(),
                  sh.confidence()));
        }
      }
    }
    int labelEvery = Math.max(1, s.size() / 10);
    for (int i = 0; i < s.size(); i += labelEvery) {
      sb.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
              cx(i, step),
              HEIGHT - 15,
              s.get(i).start()));
    }
    sb.append(
        String.format(
            Locale.ROOT,
            "<text x=\"5\" y=\"%d\">index +1</text><text x=\"5\" y=\"%d\">index -1</text>%n",
            TOP + 10,
            TOP + (int) plotH));
    sb.append("</svg>\n");
    return sb.toString();
  }

  private static String title(RelationReport r) {
    return r.query().a()
        + (r.query().directed() ? " → " : " – ")
        + r.query().b()
        + " by "
        + r.query().period().name().toLowerCase(Locale.ROOT)
        + ": events (bars), relation index with 90% band (line), shifts (dashed)";
  }

  private static double cx(int i, double step) {
    return LEFT + i * step + step / 2;
  }

  private static double y(double index, double mid, double plotH) {
    return mid - index * plotH / 2;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
