/** Pure scoring of checklist responses: points, percentages, ratings, quality flags and comparisons. */
package org.socaudit.scoring;
