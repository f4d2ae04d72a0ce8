/** The {@code soc-audit} command line: opens files, wires the stages and maps outcomes to exit codes. */
package org.socaudit.cli;
