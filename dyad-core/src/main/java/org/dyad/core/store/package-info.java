/**
 * The storage stage's contract: what a store keeps (articles, their parses, events, runs and
 * per-document outcomes) and how it is queried. Implementations live in {@code dyad-store}, the
 * only module with SQL. JDK only.
 */
package org.dyad.core.store;
