package org.socaudit.model;

/** Where a non-involvement statement goes: the published notice or the invitation to tender. */
public enum StatementUse {
    NOTICE,
    INVITATION_TO_TENDER
}
