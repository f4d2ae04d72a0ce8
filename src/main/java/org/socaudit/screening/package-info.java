/**
 * Pure screening of suppliers and payments against sectors and a watchlist; imports only java.*, the
 * model and Commons Text similarity.
 */
package org.socaudit.screening;
