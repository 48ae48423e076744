package org.dyad.archtests;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries of STYLE.md, checked on the compiled classes of every module. */
class ModuleBoundariesTest {
  private static JavaClasses dyad;

  @BeforeAll
  static void importClasses() {
    dyad =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dyad");
  }

  @Test
  void imported_every_module() {
    org.assertj.core.api.Assertions.assertThat(
            dyad.stream().map(c -> c.getPackageName()).distinct())
        .contains(
            "org.dyad.core.nlp",
            "org.dyad.nlp.corenlp",
            "org.dyad.actors",
            "org.dyad.coding",
            "org.dyad.pipeline",
            "org.dyad.store",
            "org.dyad.ingest",
            "org.dyad.analytics",
            "org.dyad.api",
            "org.dyad.cli",
            "org.dyad.spark");
  }

  @Test
  void corenlp_types_stay_in_the_nlp_adapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.dyad.nlp.corenlp..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("edu.stanford.nlp..")
        .check(dyad);
  }

  @Test
  void core_depends_on_nothing_but_the_jdk() {
    classes()
        .that()
        .resideInAPackage("org.dyad.core..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("org.dyad.core..", "java..")
        .check(dyad);
  }

  @Test
  void stage_modules_compile_only_against_core() {
    for (String stage :
        new String[] {
          "org.dyad.actors..",
          "org.dyad.coding..",
          "org.dyad.nlp.corenlp..",
          "org.dyad.store..",
          "org.dyad.ingest..",
          "org.dyad.analytics.."
        }) {
      noClasses()
          .that()
          .resideInAPackage(stage)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others(stage))
          .check(dyad);
    }
  }

  private static String[] others(String stage) {
    return java.util.stream.Stream.of(
            "org.dyad.actors..",
            "org.dyad.coding..",
            "org.dyad.nlp.corenlp..",
            "org.dyad.store..",
            "org.dyad.ingest..",
            "org.dyad.analytics..",
            "org.dyad.pipeline..",
            "org.dyad.cli..",
            "org.dyad.spark..")
        .filter(p -> !p.equals(stage))
        .toArray(String[]::new);
  }

  @Test
  void sql_stays_in_the_store() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.dyad.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "org.duckdb..", "org.postgresql..")
        .check(dyad);
  }

  @Test
  void html_feed_and_warc_libraries_stay_in_the_readers() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.dyad.ingest..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.jsoup..", "com.rometools..", "org.netpreserve..")
        .check(dyad);
  }

  @Test
  void the_http_server_stays_in_the_api() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.dyad.api..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..")
        .check(dyad);
  }

  @Test
  void spark_stays_in_the_spark_job() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.dyad.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..")
        .check(dyad);
  }

  @Test
  void the_graph_library_stays_in_analytics() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.dyad.analytics..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.jgrapht..")
        .check(dyad);
  }

  @Test
  void nothing_imports_the_cli() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.dyad.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.dyad.cli..")
        .check(dyad);
  }

  @Test
  void only_the_entry_points_write_to_standard_output() {
    noClasses()
        .that()
        .resideOutsideOfPackages("org.dyad.cli..", "org.dyad.spark..")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .check(dyad);
  }

  @Test
  void picocli_and_jackson_stay_at_the_edges() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.dyad.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("picocli..")
        .check(dyad);
    noClasses()
        .that()
        .resideInAnyPackage("org.dyad.core..", "org.dyad.actors..", "org.dyad.coding..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml..")
        .check(dyad);
  }
}
