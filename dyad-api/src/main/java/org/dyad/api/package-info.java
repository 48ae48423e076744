/**
 * The HTTP API (Javalin): events, articles, relations, shifts, networks and runs as JSON, and
 * {@code POST /api/articles} to code and store articles behind a bearer token. Javalin types stay
 * in this module.
 */
package org.dyad.api;
