package org.opendoors.brokerage;

public record AskAnswered(long askId, long createdByUserId, boolean accepted) {
}
