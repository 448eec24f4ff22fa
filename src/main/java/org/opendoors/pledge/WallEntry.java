package org.opendoors.pledge;

import java.time.LocalDate;
import java.util.List;

/** One organisation on the public pledge wall. Only what the organisation agreed to show. */
public record WallEntry(String organisation, String sector, String area, LocalDate pledgedOn, List<String> commitments,
                        int opportunities) {
}
