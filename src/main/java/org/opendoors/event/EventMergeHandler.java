package org.opendoors.event;

import org.opendoors.organisation.OrganisationsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Employers' sign-ups follow their organisation when two records of it are merged. */
@Component
class EventMergeHandler {

    private final EventSignupRepository signups;

    EventMergeHandler(EventSignupRepository signups) {
        this.signups = signups;
    }

    @EventListener
    public void on(OrganisationsMerged merged) {
        signups.findByOrganisationId(merged.fromId()).forEach(signup -> signup.moveTo(merged.intoId()));
    }
}
