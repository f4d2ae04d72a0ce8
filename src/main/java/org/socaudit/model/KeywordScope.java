package org.socaudit.model;

/** Where a sector keyword is looked for: supplier names, spend categories or both. */
public enum KeywordScope {
    NAME,
    CATEGORY,
    BOTH
}
