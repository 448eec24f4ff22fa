package org.opendoors.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.opendoors.KaribuTest;
import org.opendoors.TestEmployers;
import org.opendoors.TestRoutes;
import org.opendoors.base.ui.AccessDeniedView;
import org.opendoors.security.ui.LoginView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Every routed view declares exactly one access annotation, and every role-restricted view refuses an
 * anonymous visitor (sent to sign-in) and a signed-in user of another role (shown "not allowed").
 * New views are picked up automatically.
 */
class SecuredViewsTest extends KaribuTest {

    static Stream<Class<? extends Component>> roleRestrictedViews() {
        return routedViews().filter(v -> v.isAnnotationPresent(RolesAllowed.class));
    }

    static Stream<Class<? extends Component>> routedViews() {
        return TestRoutes.VIEWS.stream();
    }

    @Test
    void every_view_declares_exactly_one_access_rule() {
        assertThat(routedViews().toList()).isNotEmpty().allSatisfy(view -> assertThat(Stream.of(
                        RolesAllowed.class, PermitAll.class, AnonymousAllowed.class)
                .filter(view::isAnnotationPresent).count()).as(view.getSimpleName()).isEqualTo(1));
    }

    @ParameterizedTest
    @MethodSource("roleRestrictedViews")
    void an_anonymous_visitor_is_sent_to_sign_in(Class<? extends Component> view) {
        navigate(pathOf(view, realIds()));
        _assertOne(LoginView.class);
        _assertNone(view);
    }

    @ParameterizedTest
    @MethodSource("roleRestrictedViews")
    void a_user_of_another_role_is_told_they_are_not_allowed(Class<? extends Component> view) {
        Set<String> allowed = Set.of(view.getAnnotation(RolesAllowed.class).value());
        Role other = Arrays.stream(Role.values()).filter(r -> !allowed.contains(r.name())).findFirst().orElseThrow();
        RealIds ids = realIds();
        signIn(other == Role.EMPLOYER ? users.createEmployer(anyOrganisationId()) : users.create(other));
        navigate(pathOf(view, ids));
        _assertOne(AccessDeniedView.class);
        _assertNone(view);
    }

    @ParameterizedTest
    @MethodSource("roleRestrictedViews")
    void a_user_with_the_role_gets_in(Class<? extends Component> view) {
        Role role = Role.valueOf(view.getAnnotation(RolesAllowed.class).value()[0]);
        RealIds ids = realIds();
        signIn(role == Role.EMPLOYER ? ids.employer().email() : users.create(role));
        navigate(pathOf(view, ids));
        assertThat(shownView().getName()).as("what %s shows to %s", view.getSimpleName(), role)
                .isEqualTo(FORWARDED.getOrDefault(view.getName(), view.getName()));
    }

    /**
     * Views that send a user with the role elsewhere when there is nothing for them here, and where to: the strategy
     * forms with no plan to add to go back to the strategy page; "check your pledge" with no draft goes to the pledge.
     */
    private static final Map<String, String> FORWARDED = Map.of(
            "org.opendoors.strategy.ui.RecommendationFormView", "org.opendoors.strategy.ui.StrategyView",
            "org.opendoors.strategy.ui.MeasureFormView", "org.opendoors.strategy.ui.StrategyView",
            "org.opendoors.pledge.ui.PledgeCheckView", "org.opendoors.pledge.ui.PledgeView");

    private static Class<?> shownView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getClass();
    }

    /** An employer with a submitted pledge, so routes with ids have real ones that the employer may open. */
    private record RealIds(TestEmployers.Employer employer, long pledgeId, long offerId, long eventId, long contractId,
                           long recommendationId, long roundId) {
    }

    private RealIds realIds() {
        TestEmployers employers = context.getBean(TestEmployers.class);
        TestEmployers.Employer employer = employers.register(false);
        long offerId = context.getBean(org.opendoors.TestOffers.class)
                .open(employer.email(), "Taster day", "Taster day", "Retail", null).getId();
        long eventId = context.getBean(org.opendoors.TestEvents.class).published("Access check breakfast", 5).getId();
        long contractId = context.getBean(org.opendoors.TestContracts.class).quarterly(employer.organisationId(),
                java.time.LocalDate.of(2027, 1, 1), "CL3", "1");
        var recommendation = context.getBean(org.opendoors.strategy.TestPlans.class).planWithRecommendation("Access " + System.nanoTime());
        long roundId = context.getBean(org.opendoors.strategy.TestPlans.class).draftRound(recommendation.getPlanId());
        return new RealIds(employer, employers.submittedPledge(employer.organisationId(), 1).getId(), offerId, eventId, contractId,
                recommendation.getId(), roundId);
    }

    /** Fills a template route's parameters: the administrator (always user 1), the employer's organisation and pledge. */
    private static String pathOf(Class<? extends Component> view, RealIds ids) {
        return view.getAnnotation(Route.class).value()
                .replaceAll(":userId\\([^)]*\\)", "1")
                .replaceAll(":organisationId\\([^)]*\\)", String.valueOf(ids.employer().organisationId()))
                .replaceAll(":pledgeId\\([^)]*\\)", String.valueOf(ids.pledgeId()))
                .replaceAll(":offerId\\([^)]*\\)", String.valueOf(ids.offerId()))
                .replaceAll(":eventId\\([^)]*\\)", String.valueOf(ids.eventId()))
                .replaceAll(":contractId\\([^)]*\\)", String.valueOf(ids.contractId()))
                .replaceAll(":period\\([^)]*\\)", "1")
                .replaceAll(":recommendationId\\([^)]*\\)", String.valueOf(ids.recommendationId()))
                .replaceAll(":roundId\\([^)]*\\)", String.valueOf(ids.roundId()));
    }

    private long anyOrganisationId() {
        return context.getBean(org.opendoors.TestOrganisations.class).anyId();
    }
}
