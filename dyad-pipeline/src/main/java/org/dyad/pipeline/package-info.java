/**
 * Where the stages meet: {@link org.dyad.pipeline.DyadPipeline} runs analysis, actor resolution and
 * coding for each article and records an outcome per document. The only module that depends on the
 * stage implementations; the CLI (and later the API and Spark job) call it.
 */
package org.dyad.pipeline;
