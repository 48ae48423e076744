/** Input documents and character spans. Imports only the JDK. */
package org.dyad.core.text;
