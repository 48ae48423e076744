package org.dyad.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.dyad.actors.ActorDictionary;
import org.dyad.api.ApiConfig;
import org.dyad.api.DyadApi;
import org.dyad.core.store.EventStore;
import org.dyad.pipeline.DyadPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dyad serve}: the HTTP API and dashboard over a store, until interrupted. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store over HTTP: the JSON API (/api/..., documented at /openapi.json) and the"
          + " dashboard. Binds to 127.0.0.1 unless --host says otherwise. POST /api/articles"
          + " codes and stores articles; it needs the bearer token from --token or DYAD_API_TOKEN"
          + " and is refused without one."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--host",
      defaultValue = ApiConfig.DEFAULT_HOST,
      description = "Interface to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port, 0 for a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--token",
      description = "Bearer token for writes (default: $DYAD_API_TOKEN; none: writes refused).")
  String token;

  @Option(
      names = "--max-body",
      defaultValue = "10485760",
      description = "Largest request body in bytes (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(
      names = "--max-page",
      defaultValue = "500",
      description = "Largest page of events (default: ${DEFAULT-VALUE}).")
  int maxPage;

  @Mixin StoreOptions store;

  @Mixin DictionaryOptions dictionary;

  @Override
  public Integer call() throws InterruptedException {
    String writeToken = token != null ? token : System.getenv().getOrDefault("DYAD_API_TOKEN", "");
    ApiConfig config = new ApiConfig(host, port, writeToken, maxBody, maxPage);
    PrintWriter err = spec.commandLine().getErr();
    CountDownLatch stopped = new CountDownLatch(1);
    try (EventStore st = store.open();
        DyadApi api =
            DyadApi.start(
                config,
                st,
                () -> DyadPipeline.standard(dictionary.config()),
                ActorDictionary.forDirectories(
                    dictionary.config().dictionaryDirectories(),
                    dictionary.config().bundled().actors()))) {
      err.printf(
          java.util.Locale.ROOT,
          "dyad serve: http://%s:%d/ (store %s; writes %s)%n",
          host,
          api.port(),
          st.location(),
          writeToken.isEmpty() ? "refused: no token" : "need the bearer token");
      err.flush();
      Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
      stopped.await();
    }
    return 0;
  }
}
