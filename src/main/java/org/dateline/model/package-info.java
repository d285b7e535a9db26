/**
 * Dateline's value types: reports, time values with granularity, casualty counts with honest
 * uncertainty, figures and who claims them, events and their reconciled tolls. All immutable and
 * thread-safe; this package depends on the JDK and Guava only.
 */
package org.dateline.model;
