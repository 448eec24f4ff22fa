package org.opendoors.event;

import java.time.LocalDateTime;

/**
 * What an e-mail to someone signed up says about them and the event (start in UK time), so the e-mail is written
 * without asking this module again. {@code calendar} is the .ics file to attach, or null when the e-mail has none.
 */
public record SignupNotice(String name, String email, String reference, SignupStatus status, String eventTitle,
                           LocalDateTime startsAt, String joiningDetails, byte[] calendar) {
}
