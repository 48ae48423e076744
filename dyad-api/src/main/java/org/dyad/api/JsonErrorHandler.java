package org.dyad.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's own errors as the API's JSON: requests Jetty refuses before they reach a route (a NUL or
 * an ambiguous separator in the path, a header too large) would otherwise get an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(json(status, reason).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  protected void generateAcceptableResponse(
      Request baseRequest,
      HttpServletRequest request,
      HttpServletResponse response,
      int code,
      String message)
      throws IOException {
    response.setContentType("application/json");
    response.getOutputStream().write(json(code, message).getBytes(StandardCharsets.UTF_8));
    baseRequest.setHandled(true);
  }

  private static String json(int status, String reason) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", reason == null || reason.isBlank() ? "bad request" : reason);
    body.put("status", status);
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      return "{\"error\":\"bad request\",\"status\":" + status + "}";
    }
  }
}
