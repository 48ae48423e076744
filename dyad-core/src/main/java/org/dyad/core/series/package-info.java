/**
 * Dyad time series: what a store returns when asked how a relation moved (counts per period and
 * quad class, Goldstein sums, and the period's total news volume for normalising). JDK only.
 */
package org.dyad.core.series;
