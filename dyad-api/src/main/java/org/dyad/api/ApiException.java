package org.dyad.api;

/** An error with the HTTP status it maps to; its message is shown to the client. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  ApiException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }

  static ApiException notFound(String what) {
    return new ApiException(404, what + " not found");
  }
}
