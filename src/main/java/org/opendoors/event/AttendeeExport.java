package org.opendoors.event;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opendoors.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An event's sign-ups and attendance as CSV, read a page at a time. */
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
    public byte[] csv(long eventId) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (int page = 0; ; page++) {
                List<EventSignup> rows = signups.search(eventId, null, PageRequest.of(page, PAGE));
                for (EventSignup s : rows) {
                    csv.printRecord(SignupService.reference(s), s.getName(), s.getOrganisationName(),
                            s.getEmail().endsWith(".invalid") ? "" : s.getEmail(), s.getStatus(),
                            s.getStatus() == SignupStatus.WAITLISTED ? signups.positionOf(s) : "", s.isOverCapacity(),
                            s.isAttended(), s.isWalkIn(), s.getDietaryNeeds(), s.getAccessNeeds(), s.getExtraAnswer());
                }
                if (rows.size() < PAGE) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
