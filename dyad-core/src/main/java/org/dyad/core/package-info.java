/**
 * Dyad's shared vocabulary: immutable records that flow between stages and the stage interfaces.
 *
 * <p>Every stage module (nlp, actors, coding, and later store and analytics) compiles only against
 * this module. It imports nothing but the JDK.
 */
package org.dyad.core;
