package org.opendoors.event;

import java.io.OutputStream;
import java.util.List;
import org.opendoors.base.csv.CsvWriter;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An event's sign-ups and attendance as CSV, read and streamed a page at a time. */
@Service
public class AttendeeExport {

    private static final String[] HEADER = {"reference", "name", "organisation", "email", "status", "waitlist_position",
            "over_capacity", "attended", "walk_in", "dietary_needs", "access_needs", "answer"};
    private static final int PAGE = 500;

    private final SignupService signups;

    AttendeeExport(SignupService signups) {
        this.signups = signups;
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void csv(long eventId, OutputStream out) {
        try (CsvWriter csv = CsvWriter.open(out, HEADER)) {
            for (int page = 0; ; page++) {
                List<EventSignup> rows = signups.search(eventId, null, PageRequest.of(page, PAGE));
                for (EventSignup s : rows) {
                    csv.row(SignupService.reference(s), s.getName(), s.getOrganisationName(),
                            s.getEmail().endsWith(".invalid") ? "" : s.getEmail(), s.getStatus(),
                            s.getStatus() == SignupStatus.WAITLISTED ? signups.positionOf(s) : "", s.isOverCapacity(),
                            s.isAttended(), s.isWalkIn(), s.getDietaryNeeds(), s.getAccessNeeds(), s.getExtraAnswer());
                }
                if (rows.size() < PAGE) {
                    break;
                }
            }
        }
    }
}
