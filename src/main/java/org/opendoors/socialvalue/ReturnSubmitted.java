package org.opendoors.socialvalue;

/** A supplier submitted (or resubmitted) a return for the officer to review. */
public record ReturnSubmitted(long contractId, String contractTitle, String contractReference, int periodNumber,
                              long officerUserId, boolean afterQuery) {
}
