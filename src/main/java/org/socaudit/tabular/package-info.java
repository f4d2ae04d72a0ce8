/** Streaming CSV and XLSX readers for council spending files, supplier registers and watchlists. */
package org.socaudit.tabular;
