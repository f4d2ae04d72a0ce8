package org.socaudit.cli;

/** The command was asked to do something it must refuse, such as overwrite one of its inputs. */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
