package org.dyad.pipeline.config;

/** A configuration value is missing or wrong; the message names the key path and the value. */
public final class ConfigException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
