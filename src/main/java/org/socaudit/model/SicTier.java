package org.socaudit.model;

/** Whether a SIC code is squarely in a sector (core) or adjacent to it (extended). */
public enum SicTier {
    CORE,
    EXTENDED
}
