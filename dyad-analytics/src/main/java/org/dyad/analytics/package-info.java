/**
 * Analytics on dyad series: a smoothed relation index with an uncertainty band, and change-point
 * detection of shifts in a relation. Works on {@link org.dyad.core.series.SeriesPoint}s the store
 * computed; imports core only.
 */
package org.dyad.analytics;
