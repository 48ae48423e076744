package org.dyad.testkit;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: the one {@code DYAD_TEST_POSTGRES_URL} names, or else a
 * throw-away cluster started from Debian's {@code postgresql} package on 127.0.0.1 and a free port
 * (as the {@code postgres} user when the tests run as root, since PostgreSQL refuses root), stopped
 * when the JVM exits. Each call to {@link #freshDatabase} gives an empty database.
 *
 * <p>Thread safety: synchronised.
 */
public final class TestPostgres {
  private static String baseUrl; // postgresql://user@host:port/
  private static int databases;

  private TestPostgres() {}

  /** A new empty database on the test server, as a {@code postgresql://} URL. */
  public static synchronized String freshDatabase() {
    String base = base();
    String name = "dyad_test_" + ProcessHandle.current().pid() + "_" + ++databases;
    run(List.of(bin("psql"), base + "postgres", "-q", "-c", "CREATE DATABASE " + name), false);
    return base + name;
  }

  private static String base() {
    if (baseUrl != null) {
      return baseUrl;
    }
    String env = System.getenv("DYAD_TEST_POSTGRES_URL");
    if (env != null && !env.isBlank()) {
      baseUrl = env.endsWith("/") ? env : env.substring(0, env.lastIndexOf('/') + 1);
      return baseUrl;
    }
    try {
      baseUrl = startCluster();
      return baseUrl;
    } catch (IOException e) {
      throw new IllegalStateException("starting a test PostgreSQL server: " + e.getMessage(), e);
    }
  }

  private static String startCluster() throws IOException {
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("dyad-pg");
    Path data = dir.resolve("data");
    if (root) {
      run(List.of("chown", "postgres", dir.toString()), false);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    run(
        List.of(bin("initdb"), "-D", data.toString(), "-U", "dyad", "--auth=trust", "-E", "UTF8"),
        root);
    run(
        List.of(
            bin("pg_ctl"),
            "-D",
            data.toString(),
            "-l",
            dir.resolve("server.log").toString(),
            "-w",
            "-o",
            "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
            "start"),
        root);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    run(
                        List.of(bin("pg_ctl"), "-D", data.toString(), "-m", "immediate", "stop"),
                        root);
                    deleteTree(dir);
                  } catch (RuntimeException | IOException e) {
                    // the JVM is exiting; a leftover temp directory is harmless
                  }
                }));
    return "postgresql://dyad@127.0.0.1:" + port + "/";
  }

  /** A program of the newest installed PostgreSQL ({@code /usr/lib/postgresql/N/bin}). */
  static String bin(String program) {
    if (program.equals("psql") && Files.isExecutable(Path.of("/usr/bin/psql"))) {
      return "/usr/bin/psql";
    }
    Path lib = Path.of("/usr/lib/postgresql");
    try (Stream<Path> versions = Files.list(lib)) {
      return versions
          .map(v -> v.resolve("bin").resolve(program))
          .filter(Files::isExecutable)
          .max(Comparator.comparing(p -> p.getParent().getParent().getFileName().toString()))
          .map(Path::toString)
          .orElseThrow(() -> new IllegalStateException(missing(program)));
    } catch (IOException e) {
      throw new IllegalStateException(missing(program), e);
    }
  }

  private static String missing(String program) {
    return program
        + " not found under /usr/lib/postgresql: install Debian's postgresql package"
        + " (apt-get install postgresql; .ci/run does) or set DYAD_TEST_POSTGRES_URL";
  }

  private static void run(List<String> command, boolean asPostgres) {
    List<String> cmd = new ArrayList<>();
    if (asPostgres) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.addAll(command);
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(
            String.join(" ", cmd) + " failed: " + out.strip().toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new IllegalStateException("running " + String.join(" ", cmd) + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + String.join(" ", cmd), e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
