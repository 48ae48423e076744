package org.dyad.api;

import org.dyad.actors.ActorDictionary;
import org.dyad.core.store.EventStore;
import org.dyad.pipeline.DyadPipeline;
import org.dyad.pipeline.config.PipelineConfig;

/** The real server for tests: a free loopback port, the standard pipeline loaded on first write. */
final class TestServers {
  private TestServers() {}

  static DyadApi start(EventStore store, String token, long maxBodyBytes, int maxPageSize) {
    return DyadApi.start(
        new ApiConfig("127.0.0.1", 0, token, maxBodyBytes, maxPageSize),
        store,
        () -> DyadPipeline.standard(PipelineConfig.defaults()),
        ActorDictionary.bundled());
  }
}
