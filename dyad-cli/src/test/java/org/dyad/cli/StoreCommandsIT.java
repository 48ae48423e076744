package org.dyad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dyad ingest}, {@code runs}, {@code export} and {@code recode} on an embedded store. */
class StoreCommandsIT {
  @Test
  void ingest_then_runs_export_and_recode_work_on_the_stored_flagship(@TempDir Path dir)
      throws Exception {
    String data = dir.resolve("data").toString();
    String article = "../examples/xi-kim-putin-2024/article.txt";
    CliRun first =
        CliRun.run(
            "ingest",
            article,
            "--date",
            "2024-09-10",
            "--data-dir",
            data,
            "--print",
            "--progress",
            "none");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("RUSGOV")
        .contains("2024-06")
        .contains("run 1: 1 documents, 1 coded");

    CliRun again =
        CliRun.run(
            "ingest", article, "--date", "2024-09-10", "--data-dir", data, "--progress", "lines");
    assertThat(again.out())
        .contains("run 2: 1 documents, 0 coded, 1 duplicate")
        .contains("0 events stored");
    assertThat(again.err()).contains("dyad ingest: 1/1 documents");

    CliRun runs = CliRun.run("runs", "--data-dir", data);
    assertThat(runs.out().lines()).hasSize(2);
    CliRun show = CliRun.run("runs", "show", "2", "--data-dir", data);
    assertThat(show.out()).contains("duplicate").contains("already stored").contains(article);

    Path gdelt = dir.resolve("out.tsv");
    CliRun export =
        CliRun.run(
            "export",
            "--format",
            "gdelt",
            "--dyad",
            "PRK:RUS",
            "-o",
            gdelt.toString(),
            "--data-dir",
            data);
    assertThat(export.exit()).as(export.err()).isZero();
    List<String> rows = Files.readAllLines(gdelt, StandardCharsets.UTF_8);
    assertThat(rows)
        .isNotEmpty()
        .allSatisfy(
            r -> {
              String[] f = r.split("\t", -1);
              assertThat(f).hasSize(61);
              assertThat(f[7]).isEqualTo("PRK");
              assertThat(f[17]).isEqualTo("RUS");
            });

    CliRun csv =
        CliRun.run(
            "export", "--format", "csv", "--view", "mentions", "--code", "04", "--data-dir", data);
    assertThat(csv.out().lines().findFirst())
        .hasValueSatisfying(h -> assertThat(h).startsWith("id,doc,sentence,date"));
    assertThat(csv.out().lines().skip(1))
        .allSatisfy(l -> assertThat(l).containsPattern(",04\\d?,04,"));

    CliRun recode = CliRun.run("recode", "--data-dir", data);
    assertThat(recode.exit()).as(recode.err()).isZero();
    assertThat(recode.out())
        .contains("recoded 1 articles")
        .contains("0 added, 0 removed, 0 recoded");

    Path dict = Files.createDirectories(dir.resolve("my-dictionary"));
    Files.writeString(
        dict.resolve("verbs-mine.tsv"),
        "verb\tobject\tpp\tcode\torigin\nswitch\t\tto\t060\ttest\n");
    CliRun changed = CliRun.run("recode", "--data-dir", data, "--dictionary", dict.toString());
    assertThat(changed.out()).contains("1 recoded").contains("recoded 061→060: 1");
    CliRun stored =
        CliRun.run("export", "--format", "jsonl", "--dyad", "PRK:RUS", "--data-dir", data);
    assertThat(stored.out()).contains("\"cameo\":\"060\"").doesNotContain("\"cameo\":\"061\"");
    CliRun unchanged = CliRun.run("recode", "--data-dir", data, "--dictionary", dict.toString());
    assertThat(unchanged.out()).contains("0 added, 0 removed, 0 recoded, 0 changed");
  }

  @Test
  void relations_print_the_dyad_series_with_its_index(@TempDir Path dir) throws Exception {
    String data = dir.resolve("data").toString();
    CliRun.run(
        "ingest",
        "../examples/xi-kim-putin-2024/article.txt",
        "--date",
        "2024-09-10",
        "--data-dir",
        data,
        "--progress",
        "none");
    CliRun r = CliRun.run("relations", "PRK", "RUS", "--by", "month", "--data-dir", data);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("period").contains("90% band").contains("no shift found");
    assertThat(r.out().lines().filter(l -> l.startsWith("2024-06-01")))
        .singleElement()
        .satisfies(l -> assertThat(l.trim().split("\\s+", -1)[1]).isEqualTo("4"));
    CliRun tsv =
        CliRun.run("relations", "CHN", "PRK", "--by", "quarter", "--tsv", "--data-dir", data);
    assertThat(tsv.out().lines().findFirst())
        .hasValue(
            "period\tevents\tverbal_coop\tmaterial_coop\tverbal_conflict\tmaterial_conflict\tgoldstein_mean\tnet_coop\tper_1000_events\tindex\tlow\thigh");
    assertThat(tsv.out()).contains("2024-04-01\t1\t").contains("2024-07-01\t5\t");

    Path svg = dir.resolve("prk-rus.svg");
    CliRun chart =
        CliRun.run("relations", "PRK", "RUS", "--chart", svg.toString(), "--data-dir", data);
    assertThat(chart.exit()).as(chart.err()).isZero();
    org.w3c.dom.Document doc =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(svg.toFile());
    assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(2);
    assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(1);

    CliRun shifts = CliRun.run("shifts", "--actor", "PRK", "--data-dir", data);
    assertThat(shifts.exit()).as(shifts.err()).isZero();
    assertThat(shifts.out())
        .isEqualTo("no shift found for PRK among its 6 main partners" + System.lineSeparator());
    assertThat(CliRun.run("shifts", "--actor", "PRK", "--partners", "0", "--data-dir", data).err())
        .contains("--partners must be >= 1");
  }

  @Test
  void bad_store_and_filter_arguments_are_named(@TempDir Path dir) {
    CliRun badUrl = CliRun.run("runs", "--db", "postgresql://nobody@127.0.0.1:1/none");
    assertThat(badUrl.exit()).isEqualTo(2);
    assertThat(badUrl.err())
        .contains("opening PostgreSQL store postgresql://nobody@127.0.0.1:1/none");
    CliRun badDyad =
        CliRun.run("export", "--format", "csv", "--dyad", "RUS", "--data-dir", dir.toString());
    assertThat(badDyad.exit()).isEqualTo(2);
    assertThat(badDyad.err()).contains("--dyad takes SOURCE:TARGET");
    CliRun badCode =
        CliRun.run(
            "export", "--format", "csv", "--code", "04' OR 1=1", "--data-dir", dir.toString());
    assertThat(badCode.exit()).isEqualTo(2);
    assertThat(badCode.err()).contains("CAMEO code must be digits");
    CliRun noRun = CliRun.run("runs", "show", "9", "--data-dir", dir.toString());
    assertThat(noRun.exit()).isEqualTo(2);
    assertThat(noRun.err()).contains("no run 9");
  }
}
