package org.opendoors.brokerage;

import java.io.OutputStream;
import org.opendoors.base.csv.CsvColumns;
import org.opendoors.base.csv.KeysetCsv;
import org.opendoors.organisation.OrganisationAccess;
import org.opendoors.security.AppRoles;
import org.opendoors.security.CurrentUser;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks, place requests and placements as CSV, streamed, with each list's own access rule: the engagement team's
 * lists for the team, an adviser's own requests for that adviser, an organisation's for its own people. An
 * employer's files never carry a young person's reference.
 */
@Service
public class BrokerageExport {

    static final CsvColumns<AskRow> ASKS = CsvColumns.of(AskRow.class)
            .add("Organisation", AskRow::organisation)
            .add("Asked for", AskRow::offerType)
            .add("When", AskRow::proposedAt)
            .add("Status", a -> a.status().label())
            .add("Chased at", AskRow::chasedAt);

    static final CsvColumns<AskRow> ASKS_TO_US = CsvColumns.of(AskRow.class)
            .add("Asked for", AskRow::offerType)
            .add("When", AskRow::proposedAt)
            .add("Details", AskRow::details)
            .add("Status", a -> a.status().label());

    static final CsvColumns<RequestForCouncil> MY_REQUESTS = CsvColumns.of(RequestForCouncil.class)
            .add("Reference", r -> PlaceRequestService.reference(r.id()))
            .add("Young person's reference", RequestForCouncil::youngPersonRef)
            .add("Opportunity", RequestForCouncil::offer)
            .add("Employer", RequestForCouncil::organisation)
            .add("Status", r -> r.status().label())
            .add("Sent at", RequestForCouncil::createdAt);

    static final CsvColumns<RequestForEmployer> REQUESTS_TO_US = CsvColumns.of(RequestForEmployer.class)
            .add("Opportunity", RequestForEmployer::offer)
            .add("Age", r -> r.ageBand().label())
            .add("Area", RequestForEmployer::area)
            .add("Hopes to gain", RequestForEmployer::hopes)
            .add("Status", r -> r.status().label())
            .add("Sent at", RequestForEmployer::createdAt);

    static final CsvColumns<PlacementRow> PLACEMENTS = CsvColumns.of(PlacementRow.class)
            .add("Young person's reference", PlacementRow::youngPersonRef)
            .add("Organisation", PlacementRow::organisation)
            .add("Type", PlacementRow::offerType)
            .add("Started on", PlacementRow::startDate)
            .add("Outcome", p -> p.outcome() == null ? "In progress" : p.outcome().label());

    private final EngagementAskRepository asks;
    private final PlaceRequestRepository requests;
    private final PlacementRepository placements;
    private final OrganisationAccess access;
    private final CurrentUser currentUser;
    private final KeysetCsv keyset;

    BrokerageExport(EngagementAskRepository asks, PlaceRequestRepository requests, PlacementRepository placements,
                    OrganisationAccess access, CurrentUser currentUser, KeysetCsv keyset) {
        this.asks = asks;
        this.requests = requests;
        this.placements = placements;
        this.access = access;
        this.currentUser = currentUser;
        this.keyset = keyset;
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void asks(OutputStream out) {
        keyset.write(out, ASKS, EngagementAsk.class, (afterId, upToId) -> asks.rowsBetween(null, afterId, upToId));
    }

    /** Asks to one organisation: refused unless the caller may use that organisation. */
    @Transactional(readOnly = true)
    public void asksTo(long organisationId, OutputStream out) {
        access.checkCanUse(organisationId);
        keyset.write(out, ASKS_TO_US, EngagementAsk.class, (afterId, upToId) -> asks.rowsBetween(organisationId, afterId, upToId));
    }

    @Transactional(readOnly = true)
    @Secured(AppRoles.ROLE_ADVISER)
    public void myRequests(OutputStream out) {
        long adviserId = currentUser.require().id();
        keyset.write(out, MY_REQUESTS, PlaceRequest.class,
                (afterId, upToId) -> requests.byAdviserBetween(adviserId, afterId, upToId));
    }

    /** Requests to one organisation: refused unless the caller may use that organisation. */
    @Transactional(readOnly = true)
    public void requestsTo(long organisationId, OutputStream out) {
        access.checkCanUse(organisationId);
        keyset.write(out, REQUESTS_TO_US, PlaceRequest.class,
                (afterId, upToId) -> requests.forOrganisationBetween(organisationId, afterId, upToId));
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_ADMIN})
    public void placements(OutputStream out) {
        keyset.write(out, PLACEMENTS, Placement.class, (afterId, upToId) -> placements.rowsBetween(afterId, upToId));
    }
}
