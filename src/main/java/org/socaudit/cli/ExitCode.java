package org.socaudit.cli;

/** The process exit codes, listed in {@code --help}. */
public enum ExitCode {
    OK(0, "Success."),
    UNEXPECTED(1, "Unexpected error (a bug: please report it with --verbose output)."),
    USAGE(2, "Usage error: unknown option, missing argument, or an output that would overwrite an input."),
    INVALID_INPUT(3, "Invalid input: a file is missing, unreadable or not valid; every problem is listed.");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The number the process exits with. */
    public int code() {
        return code;
    }

    /** What the code means, for the help text. */
    public String meaning() {
        return meaning;
    }
}
