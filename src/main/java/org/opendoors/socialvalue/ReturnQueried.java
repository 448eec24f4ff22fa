package org.opendoors.socialvalue;

import java.util.List;

/** The officer queried a return; the contract's named reporters are told. */
public record ReturnQueried(long returnId, long contractId, String contractReference, int periodNumber, String comment,
                            List<String> reporterEmails) {
}
