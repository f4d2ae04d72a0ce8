package org.socaudit.cli;

import picocli.CommandLine.Option;

/** The --force option of every command that writes files: write over a workbook holding answers. */
final class OverwriteOption {

    @Option(
            names = "--force",
            description = "Write over an existing workbook at --out even when it holds answers people typed"
                    + " (they are lost).")
    boolean force;
}
