/**
 * Evaluation commands that measure the extractors on developer data sets with gold labels. They
 * read the data folder given on the command line and skip cleanly when it is absent.
 */
package org.dateline.eval;
