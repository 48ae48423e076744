/**
 * Event coding: the CAMEO {@link org.dyad.coding.Codebook} (GDELT Goldstein scale, PLOVER mapping),
 * the {@link org.dyad.coding.VerbDictionary} of verb and noun patterns, event dating ({@link
 * org.dyad.coding.EventDater}) and the {@link org.dyad.coding.DependencyEventCoder}. Imports only
 * {@code org.dyad.core} and the JDK.
 */
package org.dyad.coding;
