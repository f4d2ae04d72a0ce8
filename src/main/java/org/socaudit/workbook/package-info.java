/** Everything Apache POI writes and the read-back of filled checklists; one class per sheet. */
package org.socaudit.workbook;
