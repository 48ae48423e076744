/** Typed, checked configuration of the pipeline. Imports only the JDK. */
package org.dyad.pipeline.config;
