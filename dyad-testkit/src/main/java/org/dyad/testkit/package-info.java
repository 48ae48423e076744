/** Fakes for tests of one stage without the others: {@link org.dyad.testkit.WhitespaceAnalyzer}. */
package org.dyad.testkit;
