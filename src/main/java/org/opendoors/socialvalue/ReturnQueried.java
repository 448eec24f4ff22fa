package org.opendoors.socialvalue;

public record ReturnQueried(long returnId, long contractId, int periodNumber, String comment) {
}
