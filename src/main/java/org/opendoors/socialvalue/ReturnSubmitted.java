package org.opendoors.socialvalue;

/** A supplier submitted (or resubmitted) a return for the officer to review. */
public record ReturnSubmitted(long contractId, int periodNumber, long officerUserId, boolean afterQuery) {
}
