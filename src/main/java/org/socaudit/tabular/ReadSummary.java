package org.socaudit.tabular;

/**
 * What a reader made of a file: data rows seen (blank rows not counted), records passed on, rows
 * left out as redacted personal data, and input issues reported.
 */
public record ReadSummary(long rows, long payments, long redacted, long issues) {}
