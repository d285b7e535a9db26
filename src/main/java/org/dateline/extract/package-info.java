/**
 * The extraction pipeline: text to date expressions, casualty figures and events. Each stage is
 * an interface here; the rule sets under {@code org.dateline.rules} supply the English ones.
 */
package org.dateline.extract;
