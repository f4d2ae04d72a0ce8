/** Immutable records and enums that every stage of the toolkit shares. */
package org.socaudit.model;
