package org.opendoors.brokerage;

public record AskChased(long askId, long organisationId) {
}
