package org.opendoors.insight;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendoors.base.figures.Bucket;
import org.opendoors.base.figures.Dimension;
import org.opendoors.base.figures.FigureEngine;
import org.opendoors.base.figures.FigureQuery;
import org.opendoors.base.figures.FigureSpec;
import org.opendoors.security.AppRoles;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboards' figures (each one SQL statement over the owning module's tables) and the public page, whose counts of
 * young people are suppressed below 5 and which shows only the figures the administrator published.
 */
@Service
public class InsightService {

    /** The dashboard's figures, in the order shown (those a module does not publish are left out). */
    static final List<String> DASHBOARD = List.of("employers.engaged", "pledges.active", "pledges.approved", "offers.logged",
            "deliveries.count", "deliveries.young-people", "deliveries.hours", "placements.started", "placements.sustained-13",
            "placements.sustained-26", "placements.sustained-52", "events.held", "events.attendance", "socialvalue.contracts-by-grade",
            "socialvalue.graded");

    private final FigureEngine figures;
    private final PublicFigureRepository published;
    private final Clock clock;

    InsightService(FigureEngine figures, PublicFigureRepository published, Clock clock) {
        this.figures = figures;
        this.published = published;
        this.clock = clock;
    }

    /** A figure's total over a period. */
    public record Headline(FigureSpec spec, BigDecimal value) {
    }

    /** The last 12 whole months and this one so far. */
    public LocalDate defaultFrom() {
        return YearMonth.now(clock).minusMonths(11).atDay(1);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_LEADERSHIP, AppRoles.ROLE_ADMIN})
    public List<FigureSpec> dashboardFigures() {
        return DASHBOARD.stream().map(figures::find).flatMap(java.util.Optional::stream).toList();
    }

    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_LEADERSHIP, AppRoles.ROLE_ADMIN})
    public List<Headline> headlines(LocalDate from, LocalDate to) {
        return headlines(DASHBOARD, from, to);
    }

    /** The named figures' totals over the period, in the order named (those no module publishes are left out). */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_LEADERSHIP, AppRoles.ROLE_ADMIN})
    public List<Headline> headlines(List<String> keys, LocalDate from, LocalDate to) {
        return keys.stream().map(figures::find).flatMap(java.util.Optional::stream)
                .map(s -> new Headline(s, figures.count(s, FigureQuery.between(from, to)).value())).toList();
    }

    /** A figure by month (every month of the period, empty ones as 0), sector, area or type. */
    @Transactional(readOnly = true)
    @Secured({AppRoles.ROLE_ENGAGEMENT, AppRoles.ROLE_PROCUREMENT, AppRoles.ROLE_LEADERSHIP, AppRoles.ROLE_ADMIN})
    public List<Bucket> breakdown(String key, LocalDate from, LocalDate to, Dimension dimension) {
        return breakdownOf(figures.get(key), from, to, dimension);
    }

    private List<Bucket> breakdownOf(FigureSpec spec, LocalDate from, LocalDate to, Dimension dimension) {
        List<Bucket> buckets = figures.breakdown(spec, FigureQuery.between(from, to), dimension);
        if (dimension != Dimension.MONTH) {
            return buckets;
        }
        Map<String, BigDecimal> byMonth = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), BigDecimal.ZERO);
        }
        buckets.forEach(b -> byMonth.put(b.key(), b.value()));
        List<Bucket> filled = new ArrayList<>();
        byMonth.forEach((k, v) -> filled.add(new Bucket(k, v)));
        return filled;
    }

    @Transactional(readOnly = true)
    public Set<String> publishedKeys() {
        return Set.copyOf(published.findAll().stream().map(PublicFigure::getFigureKey).toList());
    }

    @Transactional
    @Secured(AppRoles.ROLE_ADMIN)
    public void publish(Set<String> keys) {
        published.deleteAll(published.findAll().stream().filter(p -> !keys.contains(p.getFigureKey())).toList());
        Set<String> existing = publishedKeys();
        keys.stream().filter(k -> figures.find(k).isPresent() && !existing.contains(k)).forEach(k -> published.save(new PublicFigure(k)));
    }

    /** One published figure over the last 12 months: its total and its parts by area and by month, suppressed where needed. */
    public record PublicFigureView(FigureSpec spec, String total, List<String> areas, List<String> areaValues, List<String> months,
                                   List<BigDecimal> monthValues, List<String> monthText) {
    }

    /** The public page: anyone may read it; it holds only published figures, with counts of young people suppressed. */
    @Transactional(readOnly = true)
    public List<PublicFigureView> publicPage() {
        Set<String> keys = publishedKeys();
        LocalDate from = defaultFrom();
        LocalDate to = today();
        List<PublicFigureView> views = new ArrayList<>();
        for (FigureSpec spec : DASHBOARD.stream().filter(keys::contains).map(figures::find).flatMap(java.util.Optional::stream).toList()) {
            long total = figures.count(spec, FigureQuery.between(from, to)).value().longValue();
            List<Bucket> byArea = spec.hasArea() ? figures.breakdown(spec, FigureQuery.between(from, to), Dimension.AREA) : List.of();
            List<Bucket> byMonth = breakdownOf(spec, from, to, Dimension.MONTH);
            List<Long> areaCounts = byArea.stream().map(b -> b.value().longValue()).toList();
            List<Long> monthCounts = byMonth.stream().map(b -> b.value().longValue()).toList();
            List<String> areaText = spec.youngPeople() ? Suppression.parts(areaCounts) : areaCounts.stream().map(String::valueOf).toList();
            List<String> monthText = spec.youngPeople() ? Suppression.parts(monthCounts) : monthCounts.stream().map(String::valueOf).toList();
            List<BigDecimal> monthValues = new ArrayList<>();
            for (int i = 0; i < byMonth.size(); i++) {
                String shown = monthText.get(i);
                monthValues.add(shown.matches("\\d+") ? byMonth.get(i).value() : null);
            }
            views.add(new PublicFigureView(spec, spec.youngPeople() ? Suppression.total(total) : Long.toString(total),
                    byArea.stream().map(Bucket::key).toList(), areaText, byMonth.stream().map(Bucket::key).toList(), monthValues, monthText));
        }
        return views;
    }
}
