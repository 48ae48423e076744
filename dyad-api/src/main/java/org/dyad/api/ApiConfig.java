package org.dyad.api;

import java.util.Objects;

/**
 * How the server listens and what it accepts.
 *
 * @param host interface to bind; 127.0.0.1 by default, so the server is not on the network unless
 *     asked
 * @param port TCP port, or 0 for a free one
 * @param token bearer token that {@code POST /api/articles} needs; empty: writes are refused
 * @param maxBodyBytes largest request body accepted (413 beyond)
 * @param maxPageSize largest {@code size} of a page of events (400 beyond)
 */
public record ApiConfig(String host, int port, String token, long maxBodyBytes, int maxPageSize) {
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;
  public static final int DEFAULT_MAX_PAGE = 500;

  public ApiConfig {
    Objects.requireNonNull(host, "host");
    token = Objects.requireNonNullElse(token, "");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0-65535, got " + port);
    }
    if (maxBodyBytes < 1 || maxPageSize < 1) {
      throw new IllegalArgumentException("body and page limits must be positive");
    }
  }

  /** Loopback, the given port and token, default limits. */
  public static ApiConfig local(int port, String token) {
    return new ApiConfig(DEFAULT_HOST, port, token, DEFAULT_MAX_BODY, DEFAULT_MAX_PAGE);
  }
}
