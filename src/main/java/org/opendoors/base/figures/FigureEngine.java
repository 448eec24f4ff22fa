package org.opendoors.base.figures;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the figures the modules publish, in one SQL statement each: the owning module's rows as a derived table,
 * the filters on its columns. Callers check who may see the figures; this knows no roles.
 */
@Component
public class FigureEngine {

    private static final String NOT_RECORDED = "Not recorded";
    private static final java.time.LocalDate END_OF_TIME = java.time.LocalDate.of(9999, 12, 31);

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<String, FigureSpec> specs = new LinkedHashMap<>();
    private final Map<String, FigureSource> sources = new LinkedHashMap<>();

    FigureEngine(NamedParameterJdbcTemplate jdbc, List<FigureSource> figureSources) {
        this.jdbc = jdbc;
        for (FigureSource source : figureSources) {
            for (FigureSpec spec : source.figures()) {
                specs.put(spec.key(), spec);
                sources.put(spec.key(), source);
            }
        }
        specs.replaceAll((key, spec) -> spec.partKeys().isEmpty() ? spec
                : spec.withParts(spec.partKeys().stream().map(specs::get).filter(java.util.Objects::nonNull).toList()));
        specs.values().removeIf(spec -> !spec.partKeys().isEmpty() && spec.parts().size() != spec.partKeys().size());
    }

    /** Every figure the modules publish, in the order they published them. */
    public List<FigureSpec> catalogue() {
        return List.copyOf(specs.values());
    }

    public Optional<FigureSpec> find(String key) {
        return Optional.ofNullable(key == null ? null : specs.get(key));
    }

    public FigureSpec get(String key) {
        return find(key).orElseThrow(() -> new IllegalArgumentException("No figure " + key));
    }

    public List<String> typeChoices(String key) {
        FigureSource source = sources.get(key);
        return source == null ? List.of() : source.typeChoices(key);
    }

    /** The figure and how many distinct areas its records are in. */
    public Figure count(FigureSpec spec, FigureQuery query) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String sql = "select " + aggregate(spec) + ", count(distinct area) from " + rows(spec, query, parameters)
                + where(spec, query, parameters);
        return jdbc.queryForObject(sql, parameters, (rs, n) -> new Figure(value(rs.getBigDecimal(1)), rs.getInt(2)));
    }

    public Figure count(String key, FigureQuery query) {
        return count(get(key), query);
    }

    /** The figure by month ({@code yyyy-MM}), sector or area, in key order; groups with nothing are absent. */
    public List<Bucket> breakdown(FigureSpec spec, FigureQuery query, Dimension dimension) {
        if (!spec.parts().isEmpty() && dimension == Dimension.MONTH) {
            return monthByMonth(spec, query);
        }
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String key = switch (dimension) {
            case MONTH -> "date_format(d, '%Y-%m')";
            case SECTOR -> "coalesce(sector, '" + NOT_RECORDED + "')";
            case AREA -> "coalesce(area, '" + NOT_RECORDED + "')";
            case TYPE -> "coalesce(type, '" + NOT_RECORDED + "')";
        };
        String sql = "select " + key + " as k, " + aggregate(spec) + " from " + rows(spec, query, parameters)
                + where(spec, query, parameters) + " group by k order by k";
        return jdbc.query(sql, parameters, (rs, n) -> new Bucket(rs.getString(1), value(rs.getBigDecimal(2))));
    }

    /** A composite's distinct organisations month by month: one statement per month (an organisation may count in several). */
    private List<Bucket> monthByMonth(FigureSpec spec, FigureQuery query) {
        if (query.from() == null || query.to() == null) {
            throw new IllegalArgumentException("A month-by-month breakdown needs a period");
        }
        List<Bucket> buckets = new ArrayList<>();
        for (java.time.YearMonth m = java.time.YearMonth.from(query.from()); !m.isAfter(java.time.YearMonth.from(query.to())); m = m.plusMonths(1)) {
            java.time.LocalDate first = m.atDay(1).isBefore(query.from()) ? query.from() : m.atDay(1);
            java.time.LocalDate last = m.atEndOfMonth().isAfter(query.to()) ? query.to() : m.atEndOfMonth();
            BigDecimal value = count(spec, query.withFrom(first).withTo(last)).value();
            if (value.signum() > 0) {
                buckets.add(new Bucket(m.toString(), value));
            }
        }
        return buckets;
    }

    /** Whether any record at any date matches the query's filters (a measure whose filters match nothing is refused). */
    public boolean anyMatch(FigureSpec spec, FigureQuery query) {
        return count(spec, query.withFrom(null).withTo(null)).value().signum() > 0;
    }

    private static String dates(String date, FigureQuery query) {
        return (query.from() == null ? "" : " and " + date + " >= :from") + (query.to() == null ? "" : " and " + date + " < :to");
    }

    private static BigDecimal value(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    // a count is the sum of each row's value (1), so rows and monthly totals add up alike
    private static String aggregate(FigureSpec spec) {
        return switch (spec.aggregate()) {
            case COUNT, SUM -> "coalesce(sum(v), 0)";
            case DISTINCT_ORGANISATIONS -> "count(distinct org)";
        };
    }

    private static String rows(FigureSpec spec, FigureQuery query, MapSqlParameterSource parameters) {
        parameters.addValue(FigureSpec.AS_OF, Date.valueOf(query.to() == null ? END_OF_TIME : query.to().plusDays(1)));
        WholeMonths months = WholeMonths.of(spec, query);
        if (months == null) {
            return "(" + select(spec, spec.parts().isEmpty() ? spec.where() : spec.organisations().where()) + ") u";
        }
        FigureSpec.MonthlyRollup monthly = spec.monthly();
        StringBuilder rollup = new StringBuilder(monthly.where());
        if (months.from() != null) {
            rollup.append(" and ").append(monthly.month()).append(" >= :wholeFrom");
            parameters.addValue("wholeFrom", Date.valueOf(months.from()));
        }
        if (months.to() != null) {
            rollup.append(" and ").append(monthly.month()).append(" < :wholeTo");
            parameters.addValue("wholeTo", Date.valueOf(months.to()));
        }
        String sql = "select " + monthly.month() + " as d, " + monthly.value() + " as v, null as org, " + column(monthly.area())
                + " as area, " + column(monthly.sector()) + " as sector, " + column(monthly.type()) + " as type, null as org_type from "
                + monthly.from() + " where " + rollup;
        List<String> partMonths = new ArrayList<>();
        if (months.from() != null && query.from().isBefore(months.from())) {
            partMonths.add(spec.date() + " >= :from and " + spec.date() + " < :wholeFrom");
        }
        if (months.to() != null) {
            partMonths.add(spec.date() + " >= :wholeTo and " + spec.date() + " < :to");
        }
        if (!partMonths.isEmpty()) {
            sql += " union all " + select(spec, spec.where() + " and (" + String.join(" or ", partMonths) + ")");
        }
        return "(" + sql + ") u";
    }

    private static String select(FigureSpec spec, String where) {
        FigureSpec rows = spec.parts().isEmpty() ? spec : spec.organisations();
        return "select " + (spec.parts().isEmpty() ? rows.date() : "null") + " as d, " + rows.value() + " as v, "
                + column(rows.organisation()) + " as org, " + column(rows.area()) + " as area, " + column(rows.sector())
                + " as sector, " + column(rows.type()) + " as type, " + column(rows.organisationType()) + " as org_type from "
                + rows.from() + " where " + where;
    }

    /**
     * The whole months of the query's period ({@code from} inclusive, {@code to} exclusive, null where the period is
     * open), when the spec has monthly totals that can answer it; null when the rows must be counted.
     */
    private record WholeMonths(java.time.LocalDate from, java.time.LocalDate to) {

        static WholeMonths of(FigureSpec spec, FigureQuery query) {
            if (spec.monthly() == null || !spec.parts().isEmpty() || query.kind() != OrganisationKind.ANY) {
                return null;
            }
            java.time.LocalDate from = query.from() == null ? null
                    : query.from().getDayOfMonth() == 1 ? query.from() : query.from().withDayOfMonth(1).plusMonths(1);
            java.time.LocalDate to = query.to() == null ? null : query.to().plusDays(1).withDayOfMonth(1);
            return from != null && to != null && !from.isBefore(to) ? null : new WholeMonths(from, to);
        }
    }

    private static String column(String expression) {
        return expression == null ? "null" : expression;
    }

    private static String where(FigureSpec spec, FigureQuery query, MapSqlParameterSource parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (query.from() != null) {
            parameters.addValue("from", Date.valueOf(query.from()));
        }
        if (query.to() != null) {
            parameters.addValue("to", Date.valueOf(query.to().plusDays(1)));
        }
        if (spec.parts().isEmpty()) {
            where.append(dates("d", query));
        } else {
            List<String> exists = new ArrayList<>();
            for (FigureSpec part : spec.activities()) {
                exists.add("exists (select 1 from " + part.from() + " where " + part.where() + " and " + part.organisation()
                        + " = u.org" + dates(part.date(), query) + ")");
            }
            where.append(" and (").append(String.join(" or ", exists)).append(")");
        }
        if (query.area() != null) {
            where.append(" and area = :area");
            parameters.addValue("area", query.area());
        }
        if (query.sector() != null) {
            where.append(" and sector = :sector");
            parameters.addValue("sector", query.sector());
        }
        if (query.type() != null) {
            where.append(" and type = :type");
            parameters.addValue("type", query.type());
        }
        if (query.kind() == OrganisationKind.OWN) {
            where.append(" and org_type = '" + OrganisationKind.OWN_TYPE + "'");
        } else if (query.kind() == OrganisationKind.EXTERNAL) {
            where.append(" and (org_type is null or org_type <> '" + OrganisationKind.OWN_TYPE + "')");
        }
        return where.toString();
    }
}
