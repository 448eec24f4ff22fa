package org.opendoors.socialvalue;

public record ReturnQueried(long returnId, long contractId, String comment) {
}
