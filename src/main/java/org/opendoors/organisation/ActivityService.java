package org.opendoors.organisation;

import org.opendoors.privacy.PersonalDataCheck;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.opendoors.base.DeclaredRules;
import org.opendoors.base.DeclaredRules.Between;
import org.opendoors.base.FieldValidationException;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** CRM activities: calls, meetings, e-mails, visits, quarterly check-ins, each with an owner and a next action. */
@Service
public class ActivityService {

    private final ActivityRepository activities;
    private final OrganisationRepository organisations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityService(ActivityRepository activities, OrganisationRepository organisations, CurrentUser currentUser,
                    ApplicationEventPublisher events, Clock clock) {
        this.activities = activities;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Records an activity; the person recording it owns it and its next action. */
    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public Activity record(long organisationId, NewActivity activity) {
        if (!organisations.existsById(organisationId)) {
            throw new FieldValidationException("", "This organisation no longer exists");
        }
        LocalDate today = LocalDate.now(clock);
        String nextAction = activity.nextAction() == null || activity.nextAction().isBlank() ? null : activity.nextAction().trim();
        DeclaredRules.check(activity,
                new Between<>("occurredOn", a -> a.occurredOn() != null && a.occurredOn().isAfter(today),
                        "The date must be today or in the past"),
                new Between<>("nextAction", a -> nextAction == null && a.nextActionOn() != null, "Say what the next action is"),
                new Between<>("nextActionOn", a -> nextAction != null && a.nextActionOn() == null, "Enter when the next action is due"));
        return activities.save(new Activity(organisationId, activity.type(), activity.occurredOn(), currentUser.require().id(),
                PersonalDataCheck.optionalFreeText(activity.notes(), "notes"), nextAction, activity.nextActionOn()));
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<Activity> of(long organisationId) {
        return activities.findByOrganisationIdOrderByOccurredOnDesc(organisationId);
    }

    /** The signed-in person's open next actions, soonest first. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public List<Activity> myNextActions(int limit) {
        return activities.openNextActions(currentUser.require().id(), PageRequest.of(0, limit));
    }

    /** How many of the signed-in person's open next actions are due by the given day. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public long countMyNextActionsDueBy(java.time.LocalDate by) {
        return activities.countOpenNextActionsDueBy(currentUser.require().id(), by);
    }

    @Transactional
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void markNextActionDone(long activityId) {
        activities.findById(activityId).orElseThrow().markNextActionDone();
    }

    /** The daily run: a reminder to the owner on the day a next action falls due (or the first run after). */
    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public void sendDueReminders() {
        for (Activity activity : activities.dueForReminder(LocalDate.now(clock))) {
            activity.markReminderSent();
            events.publishEvent(new NextActionDue(activity.getId(), activity.getOrganisationId(),
                    organisations.findById(activity.getOrganisationId()).orElseThrow().getName(), activity.getOwnerUserId(),
                    activity.getNextAction(), activity.getNextActionOn()));
        }
    }
}
